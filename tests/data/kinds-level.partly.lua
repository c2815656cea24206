-- Partly right. By hand, a partial credit over chance: (share − blind)/(1 − blind), never
-- below 0 (docs/scoring.md):
--   order, two first items swapped: 5 of 6 pairs in order, over the 1/2 of chance:
--   (5/6 − 1/2)/(1/2) = 2/3 × (1 − 0.5 × 20/40) = 500
--   sort, 3 of 4 cards right, over 2 of 4 (all in one bin): (0.75 − 0.5)/0.5 = 0.5 × 0.75
--   = 375
--   input, right after 3 s of 30: 950 (a new streak of 1)
--   input, 3019 for 3018: 0
--   estimate, 1 s for 0.1 s on 10⁻³…10⁹: one decade of twelve off = 0.0833 of the scale,
--   past close (0.05): share 1 − (0.0833 − 0.05)/(0.25 − 0.05) = 0.8333. The right value
--   sits at t = 2/12 = 0.1667 of the scale; a blind guess averages A(t) + A(1 − t), where
--   A(a) = min(a, 0.05) + (b − 0.05) − (b − 0.05)²/(2 × 0.2), b = min(a, 0.25):
--   A(0.1667) = 0.05 + 0.1167 − 0.0340 = 0.1326, A(0.8333) = 0.05 + 0.2 − 0.1 = 0.15,
--   blind 0.2826; (0.8333 − 0.2826)/(1 − 0.2826) = 0.7677 × 0.75 = 575.8 → 576
--   password "Soleil2024!": a common password (soleil), a year and a symbol, 20.8 bits of
--   the 60 asked: weaker than asked, 0
return {
  { answer = { 2, 1, 3, 4 }, after = 20 },
  { answer = { 1, 2, 2, 2 }, after = 20 },
  { answer = "signal-spam.fr", after = 3 },
  { answer = "3019", after = 5 },
  { answer = 1, after = 15 },
  { answer = "Soleil2024!", after = 30 },
  expect = { score = 2401, correct = 1, points = { 500, 375, 950, 0, 576, 0 } },
}
