-- Scripted run of levels/lycee/mes-donnees-mes-droits.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each card's
-- bin in the order the level writes the cards; the hotspot answer names every clue.
return {
  -- donnee-perso: 8 cards right, 22 s of 55: 1000 × (1 − 0.5 × 22/55) = 800, first of a streak: 800
  { answer = { 1, 1, 1, 1, 2, 2, 2, 2 }, after = 22 },
  -- quel-droit: 6 cards right, 20 s of 50: 1000 × 0.8 = 800, + 100 (2 in a row) = 900
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 20 },
  -- rectification: 6 s of 20: 1000 × 0.85 = 850, + 200 = 1050
  { answer = 1, after = 6 },
  -- effacement-mineur: true, 8 s of 20: 1000 × 0.8 = 800, + 300 = 1100
  { answer = true, after = 8 },
  -- dereferencement: 10 s of 25: 1000 × 0.8 = 800, + 400 = 1200
  { answer = 1, after = 10 },
  -- courtier: the 4 clues, 28 s of 70: 1000 × 0.8 = 800, + 500 (capped) = 1300
  { answer = { "subject", "body.2", "body.3", "links.1" }, after = 28 },
  -- delai: 30 days, 12 s of 30: 1000 × 0.8 = 800, + 500 = 1300
  { answer = 30, after = 12 },
  -- etapes-plainte: the right order, 30 s of 60: 1000 × 0.75 = 750, + 500 = 1250
  { answer = { 1, 2, 3, 4, 5 }, after = 30 },
  -- qui-plainte: "CNIL", 10 s of 25: 1000 × 0.8 = 800, + 500 = 1300
  { answer = "CNIL", after = 10 },
  -- age-15: 15, 5 s of 25: 1000 × 0.9 = 900, + 500 = 1400
  { answer = 1, after = 5 },
  -- Total: 800 + 900 + 1050 + 1100 + 1200 + 1300 + 1300 + 1250 + 1300 + 1400 = 11600.
  expect = { score = 11600, correct = 10, points = { 800, 900, 1050, 1100, 1200, 1300, 1300, 1250, 1300, 1400 } },
}
