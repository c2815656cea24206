-- Scripted run of levels/metiers/se-reconvertir.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md); partial credit over chance: (share − blind) ÷ (1 − blind).
return {
  -- recrute-bac5: 75 % where 65 % is right, on a 0–100 scale (close 0.05, spread 0.25): 0.10 off,
  -- share 1 − (0.10 − 0.05)/0.20 = 0.75; the right value sits at t = 0.65, blind A(0.65) + A(0.35)
  -- = 0.15 + 0.15 = 0.30 (A = 0.05 + 0.20 − 0.20²/0.40 for both); credit (0.75 − 0.30)/0.70
  -- = 0.6429; 15 s of 30: 1000 × 0.6429 × 0.75 = 482.1 → 482, partly right, no bonus
  { answer = 75, after = 15 },
  -- autres-profils: choices 1 and 3 (one right, one wrong): share (1 − 1)/2 = 0: 0
  { answer = { 1, 3 }, after = 20 },
  -- metier-origine: the barrister (card 5) put under data science, 5 of 6 right; blind = the most
  -- common bin's share, 2/6: credit (5/6 − 1/3)/(2/3) = 0.75; 27 s of 45: 1000 × 0.75 × 0.7 = 525
  { answer = { 1, 2, 3, 1, 3, 3 }, after = 27 },
  -- offre-soft-skills: no answer before the time ran out: 0
  { timeout = true },
  -- dpo-juriste: right, 10 s of 25: 1000 × 0.8 = 800, first of a streak: 800
  { answer = 1, after = 10 },
  -- age-apprentissage: 25 typed: wrong, 0, the streak is broken
  { answer = "25", after = 8 },
  -- site-cpf: right, 14 s of 35: 800, first of a streak: 800
  { answer = "www.moncompteformation.gouv.fr", after = 14 },
  -- ptp: right, 6 s of 30: 900, + 100 (2 in a row) = 1000
  { answer = 1, after = 6 },
  -- vae-benevolat: choice 3 ("worth less"): wrong, 0
  { answer = 3, after = 15 },
  -- plan-ptp: the first two steps swapped: 9 of 10 pairs, share 0.9, blind 1/2: credit 0.8;
  -- 25 s of 50: 1000 × 0.8 × 0.75 = 600
  { answer = { 2, 1, 3, 4, 5 }, after = 25 },
  -- Total: 482 + 0 + 525 + 0 + 800 + 0 + 800 + 1000 + 0 + 600 = 4207.
  expect = {
    score = 4207,
    correct = 3,
    points = { 482, 0, 525, 0, 800, 0, 800, 1000, 0, 600 },
  },
}
