-- Three clues of five found, one wrong mark (a harmless paragraph), after 45 s of 90:
-- (3 − 0.5 × 1) / 5 = 0.5, × (1 − 0.5 × 45/90) = 0.375 → 375 points.
return {
  { answer = { "from", "links.1", "attachments.1", "body.3" }, after = 45 },
  expect = { score = 375, correct = 0, points = { 375 } },
}
