-- Scripted run of levels/metiers/ou-se-former.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each card's
-- bin in the order the level writes the cards; hotspot answers name the marked parts.
return {
  -- formations-cyber: 145; 15 s of 30: 1000 × 0.75 = 750, first of a streak: 750
  { answer = 145, after = 15 },
  -- tous-niveaux: false; 10 s of 25: 1000 × 0.8 = 800, + 100 (2 in a row) = 900
  { answer = false, after = 10 },
  -- niveaux: the 6 cards in their bins; 25 s of 50: 1000 × 0.75 = 750, + 200 = 950
  { answer = { 1, 2, 3, 1, 2, 3 }, after = 25 },
  -- page-formation: the four clues (no RNCP number, unknown label, no price, urgency);
  -- 30 s of 60: 750, + 300 = 1050
  { answer = { "body.1", "body.2", "body.4", "body.5" }, after = 30 },
  -- secnumedu: choice 1; 10 s of 25: 800, + 400 = 1200
  { answer = 1, after = 10 },
  -- cyberedu: choice 1; 5 s of 25: 1000 × 0.9 = 900, + 500 = 1400
  { answer = 1, after = 5 },
  -- rncp: "rncp" (case does not count); 14 s of 35: 800, + 500 (the most) = 1300
  { answer = "rncp", after = 14 },
  -- apprentissage-diplome: false; 10 s of 25: 800, + 500 = 1300
  { answer = false, after = 10 },
  -- campus-cyber: choice 1; 6 s of 30: 900, + 500 = 1400
  { answer = 1, after = 6 },
  -- freins-pistes: the 6 cards in their bins; 18 s of 45: 1000 × 0.8 = 800, + 500 = 1300
  { answer = { 1, 2, 1, 2, 1, 2 }, after = 18 },
  -- Total: 750 + 900 + 950 + 1050 + 1200 + 1400 + 1300 + 1300 + 1400 + 1300 = 11550.
  expect = {
    score = 11550,
    correct = 10,
    points = { 750, 900, 950, 1050, 1200, 1400, 1300, 1300, 1400, 1300 },
  },
}
