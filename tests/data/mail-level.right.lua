-- Every clue, nothing else, after 18 s of 90: 1000 × (1 − 0.5 × 18/90) = 900.
return {
  { answer = { "from", "subject", "body.2", "links.1", "attachments.1" }, after = 18 },
  expect = { score = 900, correct = 1, points = { 900 } },
}
