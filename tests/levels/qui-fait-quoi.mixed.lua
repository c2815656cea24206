-- Scripted run of levels/metiers/qui-fait-quoi.lua with a mix of outcomes, in the level's order.
return {
  -- cyber-tasks: partly right: "list the processing of personal data" (card 5, a DPO task) put
  -- under SOC analyst, 5 of 6 cards right; blind = the most common bin's share, 2/6: credit
  -- (5/6 − 1/3)/(1 − 1/3) = 0.75; 20 s of 50: 1000 × 0.75 × 0.8 = 600, no bonus
  { answer = { 1, 1, 2, 2, 1, 3 }, after = 20 },
  -- data-tasks: right, 30 s of 50: 1000 × 0.7 = 700, first of a streak: 700
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 30 },
  -- job-offer: two clues of three and the "Nanterre" line (a wrong mark, penalty 0.5):
  -- credit (2 − 0.5)/3 = 0.5; 30 s of 60: 1000 × 0.5 × 0.75 = 375, the streak is broken
  { answer = { "body.2", "body.3", "body.5" }, after = 30 },
  -- soc-tuesday: no answer before the time ran out: 0
  { timeout = true },
  -- who-responds: wrong (the pentesters): 0
  { answer = 2, after = 10 },
  -- data-breach: right, 6 s of 30: 1000 × 0.9 = 900, first of a streak: 900
  { answer = 1, after = 6 },
  -- pentest-consent: right (false), 10 s of 20: 750, + 100 (2 in a row) = 850
  { answer = false, after = 10 },
  -- rssi-acronym: wrong ("DSI"): 0
  { answer = "DSI", after = 12 },
  -- architect: right, 15 s of 30: 750, first of a streak: 750
  { answer = 1, after = 15 },
  -- ai-helps-soc: wrong (false): 0
  { answer = false, after = 9 },
  -- Total: 600 + 700 + 375 + 0 + 0 + 900 + 850 + 0 + 750 + 0 = 4175.
  expect = { score = 4175, correct = 4, points = { 600, 700, 375, 0, 0, 900, 850, 0, 750, 0 } },
}
