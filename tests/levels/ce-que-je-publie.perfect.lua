-- Scripted run of levels/lycee/ce-que-je-publie.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each card's
-- bin in the order the level writes the cards; order answers the items as the level numbers them.
return {
  -- compte-public: anyone; 4 s of 20: 1000 × 0.9 = 900, first of a streak: 900
  { answer = 1, after = 4 },
  -- post-bavard: the live location, the empty house, the school and name; 24 s of 60:
  -- 1000 × 0.8 = 800, + 100 = 900
  { answer = { "date", "body.1", "body.3" }, after = 24 },
  -- position-en-direct: only when needed, trusted people; 5 s of 25: 900, + 200 = 1100
  { answer = 1, after = 5 },
  -- trier-publications: 3 OK, 2 think first, 3 don't; 30 s of 60: 1000 × 0.75 = 750, + 300 = 1050
  { answer = { 1, 1, 1, 2, 2, 3, 3, 3 }, after = 30 },
  -- photo-des-autres: false; 4 s of 20: 900, + 400 = 1300
  { answer = false, after = 4 },
  -- story-24h: false; 3 s of 15: 1000 × 0.9 = 900, + 500 = 1400
  { answer = false, after = 3 },
  -- photo-devant-chez-moi: the sign, the number, the file's location; 7 s of 35: 900, + 500 = 1400
  { answer = { 1, 2, 3 }, after = 7 },
  -- age-premier-compte: 8.5 years, within close; 6 s of 30: 900, + 500 = 1400
  { answer = 8.5, after = 6 },
  -- qui-saisir: CNIL; 6 s of 30: 900, + 500 = 1400
  { answer = "CNIL", after = 6 },
  -- faire-retirer: the four steps in order; 9 s of 45: 900, + 500 = 1400
  { answer = { 1, 2, 3, 4 }, after = 9 },
  -- Total: 900 + 900 + 1100 + 1050 + 1300 + 1400 + 1400 + 1400 + 1400 + 1400 = 12250.
  expect = { score = 12250, correct = 10,
             points = { 900, 900, 1100, 1050, 1300, 1400, 1400, 1400, 1400, 1400 } },
}
