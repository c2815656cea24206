-- Every answer right. By hand (docs/scoring.md): 1000 × (1 − 0.5 × time/limit) plus the
-- streak bonus: 900, 875 + 100, 900 + 200, 900 + 300, 900 + 400.
return {
  { answer = { 1, 2, 3, 4 }, after = 8 },
  { answer = { 1, 2, 1, 2 }, after = 10 },
  { answer = "  Signal SPAM ", after = 6 }, -- case and spaces do not count
  { answer = "3 018", after = 5 },          -- a number typed with a space
  { answer = 0.1, after = 6 },
  expect = { score = 5475, correct = 5, points = { 900, 975, 1100, 1200, 1300 } },
}
