-- confidence-level.lua, with how sure the player said they were (docs/scoring.md#confidence):
--   rib, right and sure: 1000
--   ceo, right but not sure: 1000 × 2/3 = 666.7 → 667
--   signs, "an expected invoice" alone, sure: wrong and sure, 0 (the report counts it)
return {
  { answer = 1, after = 2 },
  { answer = true, after = 3, sure = false },
  { answer = { 3 }, after = 4, sure = true },
  expect = { score = 1667, correct = 2, points = { 1000, 667, 0 } },
}
