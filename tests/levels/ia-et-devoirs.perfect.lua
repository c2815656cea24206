-- Scripted run of levels/lycee/ia-et-devoirs.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Hotspot answers name the
-- marked parts by their ids; sort answers give each card's bin in the order of the level's
-- cards; order answers give the items' numbers in the player's order.
return {
  -- what-it-does: the most likely words, 10 s of 25: 1000 × (1 − 0.5 × 10/25) = 800
  { answer = 1, after = 10 },
  -- fake-reference: the 3 clues, no decoy, 30 s of 60: 1000 × 0.75 = 750, + 100 (2 in a row) = 850
  { answer = { "book", "doi", "quote" }, after = 30 },
  -- hallucination-word: 14 s of 35: 1000 × (1 − 0.5 × 14/35) = 800, + 200 = 1000
  { answer = "Hallucination", after = 14 },
  -- draft-prompt: the 3 clues, 24 s of 60: 1000 × 0.8 = 800, + 300 = 1100
  { answer = { "name", "health", "phone" }, after = 24 },
  -- bias: the stereotypes in the data, 12 s of 30: 1000 × 0.8 = 800, + 400 = 1200
  { answer = 1, after = 12 },
  -- honest-or-fraud: 6 cards right, 20 s of 50: 1000 × 0.8 = 800, + 500 (capped) = 1300
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 20 },
  -- learning-uses: the 3 right choices, 16 s of 40: 1000 × 0.8 = 800, + 500 = 1300
  { answer = { 1, 2, 3 }, after = 16 },
  -- presentation-steps: the right order, 30 s of 60: 1000 × 0.75 = 750, + 500 = 1250
  { answer = { 1, 2, 3, 4, 5, 6 }, after = 30 },
  -- confident-tone: false, 8 s of 20: 1000 × 0.8 = 800, + 500 = 1300
  { answer = false, after = 8 },
  -- Total: 800 + 850 + 1000 + 1100 + 1200 + 1300 + 1300 + 1250 + 1300 = 10100.
  expect = { score = 10100, correct = 9, points = { 800, 850, 1000, 1100, 1200, 1300, 1300, 1250, 1300 } },
}
