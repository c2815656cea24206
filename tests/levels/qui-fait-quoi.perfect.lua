-- Scripted run of levels/metiers/qui-fait-quoi.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each card's
-- bin in the order the level writes the cards; order answers the items as the level numbers them.
return {
  -- cyber-tasks: the six cards in their bins, 20 s of 50: 1000 × 0.8 = 800, first of a streak: 800
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 20 },
  -- data-tasks: 25 s of 50: 1000 × 0.75 = 750, + 100 (2 in a row) = 850
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 25 },
  -- job-offer: the three task lines, nothing else; 30 s of 60: 750, + 200 = 950
  { answer = { "body.2", "body.3", "body.4" }, after = 30 },
  -- soc-tuesday: 24 s of 60: 1000 × 0.8 = 800, + 300 = 1100
  { answer = { 1, 2, 3, 4, 5 }, after = 24 },
  -- who-responds: the CSIRT, 12 s of 30: 800, + 400 = 1200
  { answer = 1, after = 12 },
  -- data-breach: the DPO, 15 s of 30: 750, + 500 = 1250
  { answer = 1, after = 15 },
  -- pentest-consent: false, 8 s of 20: 800, + 500 = 1300
  { answer = false, after = 8 },
  -- rssi-acronym: "rssi" (case does not count), 9 s of 30: 850, + 500 = 1350
  { answer = "rssi", after = 9 },
  -- architect: 6 s of 30: 900, + 500 = 1400
  { answer = 1, after = 6 },
  -- ai-helps-soc: true, 10 s of 25: 800, + 500 = 1300
  { answer = true, after = 10 },
  -- Total: 800 + 850 + 950 + 1100 + 1200 + 1250 + 1300 + 1350 + 1400 + 1300 = 11500.
  expect = { score = 11500, correct = 10, points = { 800, 850, 950, 1100, 1200, 1250, 1300, 1350, 1400, 1300 } },
}
