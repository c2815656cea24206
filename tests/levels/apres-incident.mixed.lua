-- Scripted run of levels/pme/apres-incident.lua with a mix of outcomes, in the level's order.
return {
  { answer = 60, after = 21 },                     -- diag-exposed: 15 points off the 75 %
  { answer = 2, after = 8 },                       -- first-call-bank: wrong (17Cyber before the bank)
  { answer = "17cyber.fr", after = 20 },           -- entry-point: wrong (not the address)
  { answer = { 1, 3, 2, 4 }, after = 27 },         -- ransom-order: steps 2 and 3 swapped
  { answer = { 1, 1, 2, 3, 3, 3 }, after = 20 },   -- who-for-what: the payslips put under 17Cyber
  { timeout = true },                              -- cnil-72h: time ran out
  { answer = 1, after = 10 },                      -- who-notifies: right
  { answer = { 1, 2 }, after = 20 },               -- evidence: 2 of 3, no wrong tick
  { answer = true, after = 5 },                    -- cyber17-firms: wrong
  { answer = 1, after = 5 },                       -- complaint-where: right
  -- By hand (docs/scoring.md), base 1000, speed = 1 − 0.5 × time/limit:
  -- diag-exposed: scale 0…100, right value at t = 0.75, close 0.05, spread 0.25; 60 is 0.15
  -- off: share 1 − (0.15 − 0.05)/0.2 = 0.5; blind A(0.75) + A(0.25) = 0.15 + 0.15 = 0.3
  -- (A = 0.05 + 0.2 − 0.2²/0.4); credit (0.5 − 0.3)/0.7 = 2/7, speed 1 − 0.5 × 21/35 = 0.7
  -- → 200; first-call-bank and entry-point wrong → 0;
  -- ransom-order: 5 of 6 pairs, (5/6 − 1/2)/(1/2) = 2/3, speed 1 − 0.5 × 27/45 = 0.7 → 466.7
  -- → 467; who-for-what: 5 of 6 cards, blind 2/6 (two cards a bin): (5/6 − 2/6)/(4/6) = 0.75,
  -- speed 0.8 → 600; cnil-72h timeout → 0; who-notifies 10/25 → 800, first of a streak;
  -- evidence: 2 of 3 right, blind (3 − 3)/3 = 0, credit 2/3 × speed 0.75 → 500 (no bonus);
  -- cyber17-firms wrong → 0; complaint-where 5/25 → 900 (streak broken before).
  -- Total 200 + 467 + 600 + 800 + 500 + 900 = 3467.
  expect = { score = 3467, correct = 2,
             points = { 200, 0, 0, 467, 600, 0, 800, 500, 0, 900 } },
}
