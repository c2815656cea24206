-- Scripted run of levels/stand/mot-de-passe.lua with a mix of outcomes, in the level's order.
return {
  -- meter-challenge: four very common words, 48.4 bits: « Moyen », below the Solide asked: 0
  { answer = "chat bleu avion citron", after = 20 },
  -- cnil-words: 8 for 7, partly right. Scale 2…24 (22 wide), close 0.03, spread 0.2.
  -- distance 1/22 = 0.045455; share 1 − (0.045455 − 0.03)/0.17 = 0.909091.
  -- Blind: the right value sits at t = 5/22 = 0.227; A(0.227) = A(0.773) = 0.03 + 0.17
  -- − 0.17²/0.34 = 0.115 (b = spread on both sides), blind 0.23.
  -- Credit (0.909091 − 0.23)/0.77 = 0.881936; 10 s of 20: × 0.75 = 661.45 → 661, no streak
  -- bonus (not fully right)
  { answer = 8, after = 10 },
  -- year-password: no answer before the time ran out: 0
  { timeout = true },
  -- reuse: « only on the game's site », wrong: 0
  { answer = 2, after = 9 },
  -- manager: true; 6 s of 15: 1000 × 0.8 = 800, first of a streak
  { answer = true, after = 6 },
  -- two-factor: right; 10 s of 20: 750, + 100 (2 in a row) = 850
  { answer = 1, after = 10 },
  -- Total: 661 + 800 + 850 = 2311.
  expect = { score = 2311, correct = 2, points = { 0, 661, 0, 0, 800, 850 } },
}
