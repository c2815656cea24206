-- Scripted run of levels/pme/apres-incident.lua: every answer right, in the level's order.
return {
  { answer = 75, after = 14 },                     -- diag-exposed
  { answer = 1, after = 5 },                       -- first-call-bank
  { answer = "17cyber.gouv.fr", after = 16 },      -- entry-point
  { answer = { 1, 2, 3, 4 }, after = 18 },         -- ransom-order
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 20 },   -- who-for-what
  { answer = 72, after = 7 },                      -- cnil-72h
  { answer = 1, after = 5 },                       -- who-notifies
  { answer = { 1, 2, 3 }, after = 16 },            -- evidence
  { answer = false, after = 4 },                   -- cyber17-firms
  { answer = 1, after = 10 },                      -- complaint-where
  -- Worked out by hand from docs/scoring.md: round(1000 × (1 − 0.5 × time/limit)) + 100 per
  -- right answer in a row after the first (at most 500).
  -- diag-exposed 14/35: 800; first-call-bank 5/25: 900 + 100 = 1000; entry-point 16/40:
  -- 800 + 200 = 1000; ransom-order 18/45: 800 + 300 = 1100; who-for-what 20/50: 800 + 400
  -- = 1200; cnil-72h 7/35: 900 + 500 = 1400; who-notifies 5/25: 900 + 500 = 1400;
  -- evidence 16/40: 800 + 500 = 1300; cyber17-firms 4/20: 900 + 500 = 1400;
  -- complaint-where 10/25: 800 + 500 = 1300.
  -- Total 800 + 1000 + 1000 + 1100 + 1200 + 1400 + 1400 + 1300 + 1400 + 1300 = 11900.
  expect = { score = 11900, correct = 10,
             points = { 800, 1000, 1000, 1100, 1200, 1400, 1400, 1300, 1400, 1300 } },
}
