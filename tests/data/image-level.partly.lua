-- Picture 1 right after 10 s of 20: 1000 × (1 − 0.5 × 10/20) = 750.
-- Picture 2 wrong: 0, and the streak is over.
-- Spots: the fee and the link (2 of 3 clues) and the decoy "Have a nice day", after 30 s
-- of 60: (2 − 0.5)/3 × 0.75 × 1000 = 375.
return {
  { answer = 1, after = 10 },
  { answer = 1, after = 5 },
  { answer = { "spots.2", "spots.4", "spots.3" }, after = 30 },
  expect = { score = 1125, correct = 1, points = { 750, 0, 375 } },
}
