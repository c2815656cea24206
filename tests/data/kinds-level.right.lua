-- Every answer right. By hand (docs/scoring.md): 1000 × (1 − 0.5 × time/limit) plus the
-- streak bonus: 900, 875 + 100, 900 + 200, 900 + 300, 900 + 400, 900 + 500 (the passphrase
-- reaches "strong": 62 bits for 60 asked).
return {
  { answer = { 1, 2, 3, 4 }, after = 8 },
  { answer = { 1, 2, 1, 2 }, after = 10 },
  { answer = "  Signal SPAM ", after = 6 }, -- case and spaces do not count
  { answer = "3 018", after = 5 },          -- a number typed with a space
  { answer = 0.1, after = 6 },
  { answer = "Cheval-Agrafe-Pile-Correct", after = 12 },
  expect = { score = 6875, correct = 6, points = { 900, 975, 1100, 1200, 1300, 1400 } },
}
