-- Scripted run of levels/lycee/ce-que-je-publie.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus);
-- partial credit over chance: (share − blind) ÷ (1 − blind).
return {
  -- compte-public: wrong (only accepted followers): 0
  { answer = 2, after = 8 },
  -- post-bavard: the location and the empty house found, the drawing (body.2, a decoy) marked:
  -- (2 − 0.5)/3 = 0.5; 30 s of 60: 1000 × 0.5 × 0.75 = 375
  { answer = { "date", "body.1", "body.2" }, after = 30 },
  -- position-en-direct: no answer before the time ran out: 0
  { timeout = true },
  -- trier-publications: the group photo (card 4) put under « OK à publier »: 7 of 8 right;
  -- blind = the most common bin's share, 3/8; credit (7/8 − 3/8)/(5/8) = 0.8;
  -- 30 s of 60: 1000 × 0.8 × 0.75 = 600, no bonus
  { answer = { 1, 1, 1, 1, 2, 3, 3, 3 }, after = 30 },
  -- photo-des-autres: right, 10 s of 20: 1000 × 0.75 = 750, first of a streak: 750
  { answer = false, after = 10 },
  -- story-24h: right, 3 s of 15: 1000 × 0.9 = 900, + 100 = 1000
  { answer = false, after = 3 },
  -- photo-devant-chez-moi: the sign, the number and the hoodie ticked: share (2 − 1)/3 = 1/3;
  -- blind (ticking all 6) = (3 − 3)/3 = 0; credit 1/3; 14 s of 35: 1000 × 1/3 × 0.8 = 266.7 → 267
  { answer = { 1, 2, 4 }, after = 14 },
  -- age-premier-compte: 10 where 8.5 is right, on a 5–18 scale (13 years): distance 1.5/13 =
  -- 0.11538; share 1 − (0.11538 − 0.05)/0.2 = 0.67308. The right value sits at t = 3.5/13 =
  -- 0.26923: A(t) = 0.05 + 0.2 − 0.2²/0.4 = 0.15, and A(1 − t) = 0.15 too, so blind = 0.3;
  -- credit (0.67308 − 0.3)/0.7 = 0.53297; 15 s of 30: 1000 × 0.53297 × 0.75 = 399.7 → 400
  { answer = 10, after = 15 },
  -- qui-saisir: "la cnil" (case does not count), 15 s of 30: 1000 × 0.75 = 750, first of a streak
  { answer = "la cnil", after = 15 },
  -- faire-retirer: the middle two steps swapped: 5 of 6 pairs in order; credit
  -- (5/6 − 1/2)/(1/2) = 2/3; 9 s of 45: 1000 × 2/3 × 0.9 = 600
  { answer = { 1, 3, 2, 4 }, after = 9 },
  -- Total: 0 + 375 + 0 + 600 + 750 + 1000 + 267 + 400 + 750 + 600 = 4742.
  expect = { score = 4742, correct = 3, points = { 0, 375, 0, 600, 750, 1000, 267, 400, 750, 600 } },
}
