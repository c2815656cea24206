-- game-level.lua played right: report, trust, report — with keys, then a tap.
-- Default rule for a game: 1000 × credit, no speed factor: 1000 × 3/3 = 1000.
return {
  { play = { { at = 0.6, key = "right" }, { at = 1.2, key = "left" }, { at = 1.8, tap = { 860, 515 } } } },
  expect = { score = 1000, correct = 1, points = { 1000 } },
}
