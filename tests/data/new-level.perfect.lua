-- The starter level of `vigie new` (scripts/new-level.lua), every answer right at once: the full
-- score, 1000 a question plus the streak bonus (docs/scoring.md). Used by tests/cli/test_new.c.
return {
  { answer = 2, after = 0 },
  { answer = false, after = 0 },
  { answer = { 1, 2 }, after = 0 },
  { answer = { "from", "subject", "body.2", "attachments.1" }, after = 0 },
  { answer = { 1, 2, 3 }, after = 0 },
  { answer = { 1, 2, 1 }, after = 0 },
  { answer = "Signal Spam", after = 0 },
  { answer = 0.1, after = 0 },
  { answer = "Cheval-Agrafe-Pile-Correct", after = 0 },
  { play = { { at = 0.5, key = "2" } } },

  expect = { score = 13500, correct = 10 },
}
