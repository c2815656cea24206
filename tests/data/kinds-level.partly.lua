-- Partly right. By hand:
--   order, two first items swapped: 5 of 6 pairs in order × (1 − 0.5 × 20/40) = 625
--   sort, 3 of 4 cards right: 0.75 × 0.75 = 563 (562.5 rounded up)
--   input, right after 3 s of 30: 950 (a new streak of 1)
--   input, 3019 for 3018: 0
--   estimate, 1 s for 0.1 s on 10⁻³…10⁹: one decade of twelve off = 0.0833 of the scale,
--   past close (0.05): 1 − (0.0833 − 0.05)/(0.25 − 0.05) = 0.833 × 0.75 = 625
--   password "Soleil2024!": a common password (soleil), a year and a symbol, 20.8 bits of
--   the 60 asked: 0.347 × (1 − 0.5 × 30/60) = 260
return {
  { answer = { 2, 1, 3, 4 }, after = 20 },
  { answer = { 1, 2, 2, 2 }, after = 20 },
  { answer = "signal-spam.fr", after = 3 },
  { answer = "3019", after = 5 },
  { answer = 1, after = 15 },
  { answer = "Soleil2024!", after = 30 },
  expect = { score = 3023, correct = 1, points = { 625, 563, 950, 0, 625, 260 } },
}
