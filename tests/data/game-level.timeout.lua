-- game-level.lua left alone: its 60 s run out; a timeout scores 0 (docs/scoring.md).
return {
  { play = { { at = 1.0, key = "right" } }, timeout = true },
  expect = { score = 0, correct = 0, points = { 0 } },
}
