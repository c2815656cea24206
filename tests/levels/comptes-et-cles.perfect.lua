-- Scripted run of levels/lycee/comptes-et-cles.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each card's
-- bin in the order the level writes the cards; order answers the items as the level numbers them.
return {
  -- deux-facteurs: blocked without the code; 5 s of 25: 1000 × 0.9 = 900, first of a streak: 900
  { answer = 1, after = 5 },
  -- ce-que-bloque-le-code: the leak and the guess; 6 s of 30: 1000 × 0.9 = 900, + 100 = 1000
  { answer = { 1, 2 }, after = 6 },
  -- phrase-de-passe: 7 common words, 87.6 bits, level 4 « Très solide » as asked;
  -- 30 s of 60: 1000 × 0.75 = 750, + 200 = 950
  { answer = "chat bleu avion citron pomme lune sac", after = 30 },
  -- gestionnaire: the manager; 5 s of 25: 900, + 300 = 1200
  { answer = 1, after = 5 },
  -- fausse-page: the three clues, no wrong mark; 24 s of 60: 1000 × 0.8 = 800, + 400 = 1200
  { answer = { "url", "body.1", "fields.3" }, after = 24 },
  -- vrai-domaine: typed as accepted; 8 s of 40: 1000 × 0.9 = 900, + 500 = 1400
  { answer = "pxa-id.example", after = 8 },
  -- bourrage: three cards per bin, all right; 20 s of 50: 1000 × 0.8 = 800, + 500 = 1300
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 20 },
  -- compte-pirate: the five steps in order; 22 s of 55: 1000 × 0.8 = 800, + 500 = 1300
  { answer = { 1, 2, 3, 4, 5 }, after = 22 },
  -- question-secrete: an answer nobody can guess; 5 s of 25: 900, + 500 = 1400
  { answer = 1, after = 5 },
  -- code-ami: false; 5 s of 25: 900, + 500 = 1400
  { answer = false, after = 5 },
  -- Total: 900 + 1000 + 950 + 1200 + 1200 + 1400 + 1300 + 1300 + 1400 + 1400 = 12050.
  expect = { score = 12050, correct = 10,
             points = { 900, 1000, 950, 1200, 1200, 1400, 1300, 1300, 1400, 1400 } },
}
