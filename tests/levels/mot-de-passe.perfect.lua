-- Scripted run of levels/stand/mot-de-passe.lua: every answer right, in the level's order.
-- By hand (docs/scoring.md): base 1000 × (1 − 0.5 × time ÷ limit) + 100 × (right in a row − 1).
return {
  -- meter-challenge: five short words, 74.8 bits ≥ the 60 of strength 3 (Solide);
  -- 10 s of 25: 1000 × (1 − 0.5 × 10/25) = 800, first of the streak
  { answer = "lune pain velo rose chat", after = 10 },
  -- cnil-words: 7, the right value; 8 s of 20: 1000 × 0.8 = 800, + 100 = 900
  { answer = 7, after = 8 },
  -- year-password: false; 5 s of 15: 1000 × (1 − 0.5 × 5/15) = 833.3 → 833, + 200 = 1033
  { answer = false, after = 5 },
  -- reuse: change it everywhere; 8 s of 20: 800, + 300 = 1100
  { answer = 1, after = 8 },
  -- manager: true; 6 s of 15: 1000 × 0.8 = 800, + 400 = 1200
  { answer = true, after = 6 },
  -- two-factor: the code sent to the phone; 10 s of 20: 750, + 500 = 1250
  { answer = 1, after = 10 },
  -- Total: 800 + 900 + 1033 + 1100 + 1200 + 1250 = 6283.
  expect = { score = 6283, correct = 6, points = { 800, 900, 1033, 1100, 1200, 1250 } },
}
