-- After 30 s of 60 (speed 0.75), never fully right, so no streak bonus:
-- chat: 2 of 3 clues and the channel wrongly: (2 − 0.5)/3 × 0.75 × 1000 = 375;
-- invoice: the IBAN only (by its id) and the first line wrongly: (1 − 0.5)/2 × 0.75 = 187.5, 188;
-- voicemail: the number only, not a clue: (0 − 0.5)/2 is below 0, so 0;
-- notification: 2 of 3 clues and "Refuser" wrongly: (2 − 0.5)/3 × 0.75 = 375.
return {
  { answer = { "from", "attachments.1", "channel" }, after = 30 },
  { answer = { "rib", "lines.1" }, after = 30 },
  { answer = { "number" }, after = 30 },
  { answer = { "title", "actions.2", "actions.1" }, after = 30 },
  expect = { score = 938, correct = 0, points = { 375, 188, 0, 375 } },
}
