-- Scripted run of levels/lycee/appareils-et-wifi.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Hotspot answers name the
-- marked parts (by id, or "url" / "button"); sort answers give each card's bin in the order of
-- the level's cards; order answers give the items' numbers in the player's order.
return {
  -- why-update: it fixes flaws, 10 s of 25: 1000 × (1 − 0.5 × 10/25) = 800
  { answer = 1, after = 10 },
  -- fake-update: the 5 clues (the sports title on another site's address is one), no decoy,
  -- 30 s of 60: 1000 × 0.75 = 750, + 100 (2 in a row) = 850
  { answer = { "url", "title", "virus", "rush", "button" }, after = 30 },
  -- fake-hotspot: ask the café, 12 s of 30: 1000 × 0.8 = 800, + 200 = 1000
  { answer = 1, after = 12 },
  -- wifi-uses: 6 cards right, 20 s of 50: 1000 × 0.8 = 800, + 300 = 1100
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 20 },
  -- auto-connect: false, 8 s of 20: 1000 × 0.8 = 800, + 400 = 1200
  { answer = false, after = 8 },
  -- permissions: 6 cards right, 25 s of 50: 1000 × 0.75 = 750, + 500 (capped) = 1250
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 25 },
  -- unofficial-store: the 3 clues, no decoy, 30 s of 60: 750, + 500 = 1250
  { answer = { "url", "free-premium", "outside-store" }, after = 30 },
  -- lost-phone-data: the 3 right choices, 16 s of 40: 1000 × 0.8 = 800, + 500 = 1300
  { answer = { 1, 2, 3 }, after = 16 },
  -- imei-code: *#06#, 16 s of 40: 800, + 500 = 1300
  { answer = "*#06#", after = 16 },
  -- stolen-phone: the right order, 30 s of 60: 750, + 500 = 1250
  { answer = { 1, 2, 3, 4, 5 }, after = 30 },
  -- Total: 800 + 850 + 1000 + 1100 + 1200 + 1250 + 1250 + 1300 + 1300 + 1250 = 11300.
  expect = { score = 11300, correct = 10, points = { 800, 850, 1000, 1100, 1200, 1250, 1250, 1300, 1300, 1250 } },
}
