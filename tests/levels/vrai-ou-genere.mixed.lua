-- Scripted run of levels/lycee/vrai-ou-genere.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md); a partly right answer earns its credit over chance and breaks
-- the streak, as a wrong answer or a timeout does. Hotspot credit: (clues found − 0.5 × wrong
-- marks) ÷ clues, no chance correction.
return {
  -- mains: wrong (true): 0
  { answer = true, after = 5 },
  -- photo-lycee: partly right: sign and hand found (2 of 4), the cat (a decoy) marked:
  -- (2 − 0.5)/4 = 0.375; 30 s of 40: speed 0.625; 1000 × 0.375 × 0.625 = 234.4 → 234
  { answer = { "spots.1", "spots.2", "spots.7" }, after = 30 },
  -- post-viral: the time ran out: 0
  { timeout = true },
  -- recherche-inversee: right, 5 s of 25: 1000 × 0.9 = 900, first of a streak: 900
  { answer = 1, after = 5 },
  -- plus-ancienne: wrong ("the most shared"): 0, the streak is broken
  { answer = 2, after = 9 },
  -- etapes: partly right: the last two steps swapped, 5 of 6 pairs in order:
  -- credit (5/6 − 1/2)/(1/2) = 2/3; 20 s of 40: 1000 × 2/3 × 0.75 = 500
  { answer = { 1, 2, 4, 3 }, after = 20 },
  -- aide-ou-rien: partly right: "48,000 shares" (card 4) put under "helps to check", 5 of 6 right;
  -- blind = the most common bin's share, 3/6: credit (5/6 − 1/2)/(1/2) = 2/3;
  -- 20 s of 40: 1000 × 2/3 × 0.75 = 500
  { answer = { 1, 1, 1, 1, 2, 2 }, after = 20 },
  -- voix-clonee: right, 15 s of 30: 1000 × 0.75 = 750, first of a streak: 750
  { answer = 1, after = 15 },
  -- etiquette-ia: right (false), 10 s of 25: 1000 × 0.8 = 800, + 100 = 900
  { answer = false, after = 10 },
  -- page-web: partly right: url and body.1 found (2 of 3), "updated at 10:12" (body.3, no clue)
  -- marked: (2 − 0.5)/3 = 0.5; 21 s of 35: speed 0.7; 1000 × 0.5 × 0.7 = 350
  { answer = { "url", "body.1", "body.3" }, after = 21 },
  -- Total: 0 + 234 + 0 + 900 + 0 + 500 + 500 + 750 + 900 + 350 = 4134.
  expect = { score = 4134, correct = 3, points = { 0, 234, 0, 900, 0, 500, 500, 750, 900, 350 } },
}
