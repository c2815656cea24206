-- Scripted run of levels/stand/vrai-ou-ia.lua: every answer right, in the level's order.
-- By hand (docs/scoring.md): base 1000 × credit × (1 − 0.5 × time ÷ limit) + 100 × (right in a row − 1).
return {
  -- market-photo: the 3 clues (sign, hand, lamp post), no decoy; 15 s of 25:
  -- 1000 × (1 − 0.5 × 15/25) = 700, first of the streak
  { answer = { "spots.1", "spots.2", "spots.3" }, after = 15 },
  -- no-clue: false; 6 s of 15: 1000 × 0.8 = 800, + 100 = 900
  { answer = false, after = 6 },
  -- check-source: reverse image search; 10 s of 20: 750, + 200 = 950
  { answer = 1, after = 10 },
  -- cloned-voice: hang up and call back; 10 s of 20: 750, + 300 = 1050
  { answer = 1, after = 10 },
  -- perfect-text: false; 6 s of 15: 800, + 400 = 1200
  { answer = false, after = 6 },
  -- celebrity-video: false; 5 s of 15: 1000 × (1 − 0.5 × 5/15) = 833.3 → 833, + 500 = 1333
  { answer = false, after = 5 },
  -- Total: 700 + 900 + 950 + 1050 + 1200 + 1333 = 6133.
  expect = { score = 6133, correct = 6, points = { 700, 900, 950, 1050, 1200, 1333 } },
}
