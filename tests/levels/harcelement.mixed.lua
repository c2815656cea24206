-- Scripted run of levels/lycee/harcelement.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md); a partly right answer earns its credit over chance and breaks
-- the streak, as a wrong answer or a timeout does.
return {
  -- temoin: partly right: 2 of the 3 right choices and one wrong ("share it to call them out"):
  -- share (2 − 1)/3 = 1/3, blind (3 − 3)/3 = 0, credit 1/3; 14 s of 35: speed 0.8;
  -- 1000 × 1/3 × 0.8 = 266.7 → 267, no bonus
  { answer = { 1, 2, 4 }, after = 14 },
  -- captures: wrong ("delete everything"): 0
  { answer = 2, after = 9 },
  -- numero-3018: the time ran out: 0
  { timeout = true },
  -- appli-3018: right, 10 s of 25: 1000 × 0.8 = 800, first of a streak: 800
  { answer = 1, after = 10 },
  -- prive-ou-public: wrong (true): 0, the streak is broken
  { answer = true, after = 7 },
  -- signes-sextorsion: partly right: 2 clues of 4 found (from, messages.4) and one decoy marked
  -- (messages.1, the tournament): (2 − 0.5 × 1)/4 = 0.375; 30 s of 40: speed 0.625;
  -- 1000 × 0.375 × 0.625 = 234.4 → 234
  { answer = { "from", "messages.4", "messages.1" }, after = 30 },
  -- ordre-chantage: partly right: the first two steps swapped, 2 of 3 pairs in order:
  -- credit (2/3 − 1/2)/(1/2) = 1/3; 20 s of 30: speed 1 − 0.5 × 20/30 = 2/3;
  -- 1000 × 1/3 × 2/3 = 222.2 → 222
  { answer = { 2, 1, 3 }, after = 20 },
  -- pas-ta-faute: right (false), 6 s of 20: 1000 × 0.85 = 850, first of a streak: 850
  { answer = false, after = 6 },
  -- vers-qui: partly right: card 4 ("I'm outside your home") put under 3018 instead of 17, 5 of 6
  -- right; blind = the most common bin's share, 2/6: credit (5/6 − 1/3)/(2/3) = 0.75;
  -- 30 s of 45: speed 2/3; 1000 × 0.75 × 2/3 = 500
  { answer = { 1, 1, 2, 1, 3, 3 }, after = 30 },
  -- pharos: right ("www." is accepted too), 20 s of 35: 1000 × (1 − 0.5 × 20/35) = 714.3 → 714,
  -- first of a streak (the sort was only partly right)
  { answer = "www.internet-signalement.gouv.fr", after = 20 },
  -- Total: 267 + 0 + 0 + 800 + 0 + 234 + 222 + 850 + 500 + 714 = 3587.
  expect = { score = 3587, correct = 3, points = { 267, 0, 0, 800, 0, 234, 222, 850, 500, 714 } },
}
