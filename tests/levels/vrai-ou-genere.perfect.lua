-- Scripted run of levels/lycee/vrai-ou-genere.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Hotspot answers name the marked
-- parts; sort answers give each card's bin in the order the level writes the cards.
return {
  -- mains: false, 6 s of 20: 1000 × 0.85 = 850, first of a streak
  { answer = false, after = 6 },
  -- photo-lycee: the four flaws (sign, hand, shadow, railings), no decoy; 20 s of 40:
  -- 1000 × 0.75 = 750, + 100 = 850
  { answer = { "spots.1", "spots.2", "spots.3", "spots.4" }, after = 20 },
  -- post-viral: the five clues; 24 s of 40: 1000 × 0.7 = 700, + 200 = 900
  { answer = { "author", "body.1", "body.2", "likes", "comments.2" }, after = 24 },
  -- recherche-inversee: give the picture to an engine, 10 s of 25: 800 + 300 = 1100
  { answer = 1, after = 10 },
  -- plus-ancienne: the oldest publication, 10 s of 25: 800 + 400 = 1200
  { answer = 1, after = 10 },
  -- etapes: the four steps in order, 20 s of 40: 750 + 500 = 1250
  { answer = { 1, 2, 3, 4 }, after = 20 },
  -- aide-ou-rien: the six cards in their bins, 16 s of 40: 1000 × 0.8 = 800, + 500 = 1300
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 16 },
  -- voix-clonee: code word or call back, 12 s of 30: 1000 × 0.8 = 800, + 500 = 1300
  { answer = 1, after = 12 },
  -- etiquette-ia: false, 5 s of 25: 1000 × 0.9 = 900, + 500 = 1400
  { answer = false, after = 5 },
  -- page-web: the three clues (url, body.1, body.2), 14 s of 35: 1000 × 0.8 = 800, + 500 = 1300
  { answer = { "url", "body.1", "body.2" }, after = 14 },
  -- Total: 850 + 850 + 900 + 1100 + 1200 + 1250 + 1300 + 1300 + 1400 + 1300 = 11450.
  expect = { score = 11450, correct = 10, points = { 850, 850, 900, 1100, 1200, 1250, 1300, 1300, 1400, 1300 } },
}
