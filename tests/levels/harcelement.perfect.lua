-- Scripted run of levels/lycee/harcelement.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each card's
-- bin in the order the level writes the cards; order answers the items as the level numbers them.
return {
  -- temoin: the three right ticks, 10 s of 35: 1000 × (1 − 0.5 × 10/35) = 857.1 → 857, first
  { answer = { 1, 2, 3 }, after = 10 },
  -- captures: screenshots, then block and report; 8 s of 25: 1000 × 0.84 = 840, + 100 = 940
  { answer = 1, after = 8 },
  -- numero-3018: "3018", 6 s of 25: 1000 × 0.88 = 880, + 200 = 1080
  { answer = "3018", after = 6 },
  -- appli-3018: chat and evidence vault, 10 s of 25: 1000 × 0.8 = 800, + 300 = 1100
  { answer = 1, after = 10 },
  -- prive-ou-public: false, 8 s of 20: 1000 × 0.8 = 800, + 400 = 1200
  { answer = false, after = 8 },
  -- signes-sextorsion: the four clues, nothing else; 20 s of 40: 1000 × 0.75 = 750, + 500 = 1250
  { answer = { "from", "messages.2", "messages.3", "messages.4" }, after = 20 },
  -- ordre-chantage: the three steps in order, 20 s of 30: 1000 × (1 − 0.5 × 20/30) = 666.7,
  -- + 500 = 1166.7 → 1167
  { answer = { 1, 2, 3 }, after = 20 },
  -- pas-ta-faute: false, 5 s of 20: 1000 × 0.875 = 875, + 500 = 1375
  { answer = false, after = 5 },
  -- vers-qui: the six cards in their bins, 25 s of 45: 1000 × (1 − 0.5 × 25/45) = 722.2,
  -- + 500 = 1222.2 → 1222
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 25 },
  -- pharos: the address, 15 s of 35: 1000 × (1 − 0.5 × 15/35) = 785.7, + 500 = 1285.7 → 1286
  { answer = "internet-signalement.gouv.fr", after = 15 },
  -- Total: 857 + 940 + 1080 + 1100 + 1200 + 1250 + 1167 + 1375 + 1222 + 1286 = 11477.
  expect = { score = 11477, correct = 10, points = { 857, 940, 1080, 1100, 1200, 1250, 1167, 1375, 1222, 1286 } },
}
