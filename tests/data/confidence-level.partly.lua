-- confidence-level.lua, with how sure the player said they were (docs/scoring.md#confidence):
--   rib, right and sure: 1000
--   ceo, right but not sure: 1000 × 2/3 = 666.7 → 667
--   signs, "an expected invoice" alone, sure: wrong and sure, 0 (the report counts it)
--   steps, in order, not sure: 1000 × 2/3 → 667
return {
  { answer = 1, after = 2 },
  { answer = true, after = 3, sure = false },
  { answer = { 3 }, after = 4, sure = true },
  { answer = { 1, 2, 3 }, after = 5, sure = false },
  expect = { score = 2334, correct = 3, points = { 1000, 667, 0, 667 } },
}
