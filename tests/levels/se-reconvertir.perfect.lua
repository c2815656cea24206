-- Scripted run of levels/metiers/se-reconvertir.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each card's
-- bin in the order the level writes the cards; hotspot answers name the marked parts.
return {
  -- recrute-bac5: 65 %, within close; 15 s of 30: 1000 × 0.75 = 750, first of a streak: 750
  { answer = 65, after = 15 },
  -- autres-profils: choices 1 and 2; 12 s of 30: 1000 × 0.8 = 800, + 100 (2 in a row) = 900
  { answer = { 1, 2 }, after = 12 },
  -- metier-origine: the 6 cards in their bins; 27 s of 45: 1000 × 0.7 = 700, + 200 = 900
  { answer = { 1, 2, 3, 1, 2, 3 }, after = 27 },
  -- offre-soft-skills: the three clues (English, speaking, general culture); 30 s of 60:
  -- 1000 × 0.75 = 750, + 300 = 1050
  { answer = { "body.1", "body.3", "body.5" }, after = 30 },
  -- dpo-juriste: choice 1; 10 s of 25: 1000 × 0.8 = 800, + 400 = 1200
  { answer = 1, after = 10 },
  -- age-apprentissage: 29; 5 s of 25: 1000 × 0.9 = 900, + 500 = 1400
  { answer = "29", after = 5 },
  -- site-cpf: the address; 14 s of 35: 1000 × 0.8 = 800, + 500 (the most) = 1300
  { answer = "moncompteformation.gouv.fr", after = 14 },
  -- ptp: choice 1; 6 s of 30: 1000 × 0.9 = 900, + 500 = 1400
  { answer = 1, after = 6 },
  -- vae-benevolat: choice 1; 12 s of 30: 800, + 500 = 1300
  { answer = 1, after = 12 },
  -- plan-ptp: the five steps in order; 25 s of 50: 750, + 500 = 1250
  { answer = { 1, 2, 3, 4, 5 }, after = 25 },
  -- Total: 750 + 900 + 900 + 1050 + 1200 + 1400 + 1300 + 1400 + 1300 + 1250 = 11450.
  expect = {
    score = 11450,
    correct = 10,
    points = { 750, 900, 900, 1050, 1200, 1400, 1300, 1400, 1300, 1250 },
  },
}
