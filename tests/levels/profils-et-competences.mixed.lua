-- Scripted run of levels/metiers/profils-et-competences.lua with a mix of outcomes, in the
-- level's order (standard rule, docs/scoring.md).
return {
  -- ai-profiles: partly right: "Statistics" (card 1) put under "developing", 5 of 6 right;
  -- blind = the most common bin's share, 2/6: credit (5/6 − 1/3)/(2/3) = 0.75;
  -- 20 s of 50: 1000 × 0.75 × 0.8 = 600, no bonus
  { answer = { 2, 1, 2, 2, 3, 3 }, after = 20 },
  -- cyber-profiles: right, 25 s of 50: 750, first of a streak: 750
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 25 },
  -- iso-everywhere: no answer before the time ran out: 0, the streak is broken
  { timeout = true },
  -- soft-or-tech: partly right: "being at ease speaking" (card 5) put under management, 6 of 7
  -- right; blind = the most common bin (soft skills), 3/7: credit (6/7 − 3/7)/(4/7) = 0.75;
  -- 24 s of 60: 1000 × 0.75 × 0.8 = 600
  { answer = { 1, 1, 2, 2, 3, 3, 3 }, after = 24 },
  -- bac5-share: 55 where 65 is right, on 0…100 (close 0.05, spread 0.25): distance 0.10,
  -- share 1 − (0.10 − 0.05)/0.20 = 0.75; blind for the right value at t = 0.65:
  -- A(0.65) + A(0.35) = 0.15 + 0.15 = 0.30 (each side: 0.05 + 0.20 − 0.20²/0.40);
  -- credit (0.75 − 0.30)/0.70 = 0.6429; 15 s of 30: 1000 × 0.6429 × 0.75 = 482.1 → 482
  { answer = 55, after = 15 },
  -- other-profiles: wrong ("None: Bac+5 remains compulsory"): 0
  { answer = 4, after = 10 },
  -- offer-soft-skills: the three clues and the GDPR line (a wrong mark, penalty 0.5):
  -- credit (3 − 0.5)/3 = 0.8333; 30 s of 60: 1000 × 0.8333 × 0.75 = 625, no bonus
  { answer = { "body.3", "body.4", "body.5", "body.6" }, after = 30 },
  -- double-skills: right, 10 s of 25: 800, first of a streak: 800
  { answer = true, after = 10 },
  -- ethics-module: right, 15 s of 30: 750, + 100 (2 in a row) = 850
  { answer = 1, after = 15 },
  -- brakes: ticks 1, 2 and the wrong 4: share (2 − 1)/3 = 1/3, blind (3 − 3)/3 = 0:
  -- credit 1/3; 20 s of 40: 1000 × 1/3 × 0.75 = 250
  { answer = { 1, 2, 4 }, after = 20 },
  -- Total: 600 + 750 + 0 + 600 + 482 + 0 + 625 + 800 + 850 + 250 = 4957.
  expect = { score = 4957, correct = 3, points = { 600, 750, 0, 600, 482, 0, 625, 800, 850, 250 } },
}
