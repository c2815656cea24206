-- Scripted run of levels/lycee/comptes-et-cles.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus);
-- partial credit over chance: (share − blind) ÷ (1 − blind).
return {
  -- deux-facteurs: right, 10 s of 25: 1000 × 0.8 = 800, first of a streak: 800
  { answer = 1, after = 10 },
  -- ce-que-bloque-le-code: partly right, only choice 1 ticked of the 2 right ones: share 1/2;
  -- blind (ticking all 4) = (2 − 2)/2 = 0; credit 0.5; 15 s of 30: 1000 × 0.5 × 0.75 = 375,
  -- no bonus, the streak is broken
  { answer = { 1 }, after = 15 },
  -- phrase-de-passe: 4 common words, 48.4 bits, level 2 « Moyen » where 4 is asked: 0
  { answer = "chat bleu avion citron", after = 20 },
  -- gestionnaire: no answer before the time ran out: 0
  { timeout = true },
  -- fausse-page: the address found and the « Pseudo » field marked (a decoy, penalty 0.5):
  -- (1 − 0.5)/3 = 1/6; 30 s of 60: 1000 × 1/6 × 0.75 = 125
  { answer = { "url", "fields.1" }, after = 30 },
  -- vrai-domaine: right (case does not count), 20 s of 40: 1000 × 0.75 = 750, first of a streak: 750
  { answer = "PXA-Id.example", after = 20 },
  -- bourrage: the « 2 at the end » card (2) put under « Ça les bloque »: 5 of 6 cards right;
  -- blind = the most common bin's share, 3/6; credit (5/6 − 1/2)/(1/2) = 2/3;
  -- 25 s of 50: 1000 × 2/3 × 0.75 = 500, no bonus
  { answer = { 1, 2, 1, 2, 2, 2 }, after = 25 },
  -- compte-pirate: the first two steps swapped: 9 of 10 pairs in order; credit (0.9 − 0.5)/0.5
  -- = 0.8; 11 s of 55: 1000 × 0.8 × 0.9 = 720
  { answer = { 2, 1, 3, 4, 5 }, after = 11 },
  -- question-secrete: wrong (« Moka »): 0
  { answer = 2, after = 8 },
  -- code-ami: right (false), 10 s of 25: 1000 × 0.8 = 800, first of a streak: 800
  { answer = false, after = 10 },
  -- Total: 800 + 375 + 0 + 0 + 125 + 750 + 500 + 720 + 0 + 800 = 4070.
  expect = { score = 4070, correct = 3, points = { 800, 375, 0, 0, 125, 750, 500, 720, 0, 800 } },
}
