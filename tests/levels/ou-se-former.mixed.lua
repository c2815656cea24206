-- Scripted run of levels/metiers/ou-se-former.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md); partial credit over chance: (share − blind) ÷ (1 − blind).
return {
  -- formations-cyber: 185 where 145 is right, on a 0–400 scale (close 0.05, spread 0.25): 0.10
  -- off, share 1 − (0.10 − 0.05)/0.20 = 0.75; the right value sits at t = 0.3625, blind
  -- A(0.3625) + A(0.6375) = 0.15 + 0.15 = 0.30; credit (0.75 − 0.30)/0.70 = 0.6429;
  -- 15 s of 30: 1000 × 0.6429 × 0.75 = 482.1 → 482, partly right, no bonus
  { answer = 185, after = 15 },
  -- tous-niveaux: true: wrong, 0
  { answer = true, after = 10 },
  -- niveaux: the licence in computer science (card 5) put at level 5, 5 of 6 right; blind = the
  -- most common bin's share, 2/6: credit (5/6 − 1/3)/(2/3) = 0.75; 20 s of 50: 1000 × 0.75 × 0.8 = 600
  { answer = { 1, 2, 3, 1, 1, 3 }, after = 20 },
  -- page-formation: two clues (RNCP, label) and the syllabus (a decoy) marked: (2 − 0.5 × 1)/4
  -- = 0.375; 30 s of 60: 1000 × 0.375 × 0.75 = 281.25 → 281
  { answer = { "body.1", "body.2", "body.3" }, after = 30 },
  -- secnumedu: no answer before the time ran out: 0
  { timeout = true },
  -- cyberedu: right, 5 s of 25: 900, first of a streak: 900
  { answer = 1, after = 5 },
  -- rncp: "Rncp", right, 14 s of 35: 800, + 100 (2 in a row) = 900
  { answer = "Rncp", after = 14 },
  -- apprentissage-diplome: true: wrong, 0, the streak is broken
  { answer = true, after = 10 },
  -- campus-cyber: right, 6 s of 30: 900, first of a streak: 900
  { answer = 1, after = 6 },
  -- freins-pistes: the soft-skills block (card 2) put under "brake", 5 of 6 right; blind = 3/6:
  -- credit (5/6 − 1/2)/(1/2) = 2/3; 18 s of 45: 1000 × 2/3 × 0.8 = 533.3 → 533
  { answer = { 1, 1, 1, 2, 1, 2 }, after = 18 },
  -- Total: 482 + 0 + 600 + 281 + 0 + 900 + 900 + 0 + 900 + 533 = 4596.
  expect = {
    score = 4596,
    correct = 3,
    points = { 482, 0, 600, 281, 0, 900, 900, 0, 900, 533 },
  },
}
