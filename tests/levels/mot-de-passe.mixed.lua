-- Scripted run of levels/stand/mot-de-passe.lua with a mix of outcomes, in the level's order.
return {
  -- meter-challenge: four very common words, 48.4 bits: « Moyen », below the Solide asked: 0
  { answer = "chat bleu avion citron", after = 20 },
  -- cnil-words: 8 for 7, partly right. Scale 1…25 (24 wide), close 0.03, spread 0.2.
  -- distance 1/24 = 0.041667; share 1 − (0.041667 − 0.03)/0.17 = 0.931373.
  -- Blind: the right value sits at t = 6/24 = 0.25; A(0.25) = A(0.75) = 0.03 + 0.17 − 0.17²/0.34
  -- = 0.115, blind 0.23. Credit (0.931373 − 0.23)/0.77 = 0.910873; 10 s of 20: × 0.75
  -- = 683.2 → 683, no streak bonus (not fully right)
  { answer = 8, after = 10 },
  -- year-password: no answer before the time ran out: 0
  { timeout = true },
  -- reuse: « only on the game's site », wrong: 0
  { answer = 2, after = 9 },
  -- manager: true; 6 s of 15: 1000 × 0.8 = 800, first of a streak
  { answer = true, after = 6 },
  -- two-factor: right; 10 s of 20: 750, + 100 (2 in a row) = 850
  { answer = 1, after = 10 },
  -- Total: 683 + 800 + 850 = 2333.
  expect = { score = 2333, correct = 2, points = { 0, 683, 0, 0, 800, 850 } },
}
