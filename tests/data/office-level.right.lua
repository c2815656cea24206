-- Every clue of the four mock-ups, nothing else, after 12 s of 60: 1000 × (1 − 0.5 × 12/60)
-- = 900, then 900 + 100, 900 + 200, 900 + 300 for the answers in a row. A part's id and its
-- position name the same part: "rib" is "iban", "piece" is "attachments.1".
return {
  { answer = { "from", "messages.2", "piece" }, after = 12 },
  { answer = { "body.1", "iban" }, after = 12 },
  { answer = { "caller", "transcript.2" }, after = 12 },
  { answer = { "title", "body.2", "actions.2" }, after = 12 },
  expect = { score = 4200, correct = 4, points = { 900, 1000, 1100, 1200 } },
}
