-- Scripted run of levels/lycee/appareils-et-wifi.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus).
return {
  -- why-update: right, 5 s of 25: 1000 × 0.9 = 900, first of a streak: 900
  { answer = 1, after = 5 },
  -- fake-update: partly right: 3 clues of 5 (the address, the virus alert, the sports title on
  -- another site's address), no decoy: credit 3/5 = 0.6; 30 s of 60: 1000 × 0.6 × 0.75 = 450,
  -- the streak is broken
  { answer = { "url", "virus", "title" }, after = 30 },
  -- fake-hotspot: wrong (the best signal): 0
  { answer = 2, after = 10 },
  -- wifi-uses: partly right: "read an article" put under 4G/5G, 5 of 6 right; blind = the most
  -- common bin's share, 3/6: credit (5/6 − 1/2)/(1/2) = 2/3; 25 s of 50: 1000 × 2/3 × 0.75 = 500
  { answer = { 1, 1, 2, 2, 2, 2 }, after = 25 },
  -- auto-connect: the time ran out: 0
  { timeout = true },
  -- permissions: right, 10 s of 50: 1000 × 0.9 = 900, first of a streak: 900
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 10 },
  -- unofficial-store: right, 30 s of 60: 750, + 100 (2 in a row) = 850
  { answer = { "url", "free-premium", "outside-store" }, after = 30 },
  -- lost-phone-data: partly right: choices 1, 2 and the wrong 5: share (2 − 1)/3 = 1/3,
  -- blind (3 − 3)/3 = 0: credit 1/3; 20 s of 40: 1000 × 1/3 × 0.75 = 250
  { answer = { 1, 2, 5 }, after = 20 },
  -- imei-code: wrong ("#06#" is not the code): 0
  { answer = "#06#", after = 20 },
  -- stolen-phone: partly right: steps 3 and 4 swapped, 9 of 10 pairs in order: credit
  -- (9/10 − 1/2)/(1/2) = 0.8; 40 s of 60: 1000 × 0.8 × (1 − 0.5 × 40/60) = 533.3 → 533
  { answer = { 1, 2, 4, 3, 5 }, after = 40 },
  -- Total: 900 + 450 + 0 + 500 + 0 + 900 + 850 + 250 + 0 + 533 = 4383.
  expect = { score = 4383, correct = 3, points = { 900, 450, 0, 500, 0, 900, 850, 250, 0, 533 } },
}
