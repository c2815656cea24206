-- Scripted run of levels/stand/vrai-ou-ia.lua with a mix of outcomes, in the level's order.
return {
  -- market-photo: partly right: sign and hand found, the clouds (a decoy) marked, the lamp
  -- post missed. Credit (2 − 0.5 × 1)/3 = 0.5; 20 s of 25: × (1 − 0.5 × 20/25) = 0.6 → 300
  { answer = { "spots.1", "spots.2", "spots.4" }, after = 20 },
  -- no-clue: true, wrong: 0
  { answer = true, after = 4 },
  -- check-source: no answer before the time ran out: 0
  { timeout = true },
  -- cloned-voice: right; 12 s of 20: 1000 × 0.7 = 700, first of a streak
  { answer = 1, after = 12 },
  -- perfect-text: true, wrong: 0 (the streak breaks)
  { answer = true, after = 7 },
  -- celebrity-video: false, right; 9 s of 15: 1000 × 0.7 = 700, first of a new streak
  { answer = false, after = 9 },
  -- Total: 300 + 700 + 700 = 1700.
  expect = { score = 1700, correct = 2, points = { 300, 0, 0, 700, 0, 700 } },
}
