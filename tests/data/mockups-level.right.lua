-- Every clue of the three mock-ups, nothing else: 1000 × (1 − 0.5 × 12/60) = 900, then
-- 900 + 100 for the second in a row, then 900 + 200 for the third.
return {
  { answer = { "from", "messages.1", "links.1" }, after = 12 },
  { answer = { "url", "body.1" }, after = 12 },
  { answer = { "author", "body.1", "links.1", "comments.1" }, after = 12 },
  expect = { score = 3000, correct = 3, points = { 900, 1000, 1100 } },
}
