-- game-level.lua partly right: the first scam trusted (a tap on "Trust": wrong), the school
-- reminder trusted with ← (right), then Tab to the Report button and Enter on the last scam
-- (right): 2 of 3. Default rule for a game: 1000 × 2/3 = 666.7 → 667.
return {
  { play = { { at = 0.6, tap = { 340, 515 } }, { at = 1.2, key = "left" }, { at = 2.0, key = "tab" },
             { at = 2.1, key = "enter" } } },
  expect = { score = 667, correct = 0, points = { 667 } },
}
