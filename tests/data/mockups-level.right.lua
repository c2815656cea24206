-- Every clue of both mock-ups, nothing else: 1000 × (1 − 0.5 × 12/60) = 900, then
-- 900 + 100 for the second in a row.
return {
  { answer = { "from", "messages.1", "links.1" }, after = 12 },
  { answer = { "url", "body.1" }, after = 12 },
  expect = { score = 1900, correct = 2, points = { 900, 1000 } },
}
