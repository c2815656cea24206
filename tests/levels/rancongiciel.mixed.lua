-- Scripted run of levels/pme/rancongiciel.lua with a mix of outcomes, in the level's order.
return {
  { answer = { "from", "attachments.1", "date" }, after = 25 },    -- entry-mail: 2 clues of 3, 1 wrong mark
  { answer = { 2, 1, 3, 4, 5 }, after = 40 },                       -- first-reflexes: first two swapped
  { answer = true, after = 6 },                                     -- switch-off: wrong
  { answer = 1, after = 9 },                                        -- pay-ransom: right
  { timeout = true },                                               -- complaint-first: time ran out
  { answer = "17cyber", after = 18 },                               -- who-helps: right (any case)
  { answer = { 1, 2, 4 }, after = 24 },                             -- rule-321: 2 right, 1 wrong tick
  { answer = { 1, 1, 2, 2, 2, 2 }, after = 36 },                    -- which-copy: the tape in the wrong bin
  { answer = false, after = 5 },                                    -- tested-restore: right
  { answer = 6, after = 14 },                                       -- backup-frequency: 2 days off
  -- Worked out by hand from docs/scoring.md (base 1000, speed = 1 − 0.5 × time/limit):
  --  1: hotspot (2 − 0.5 × 1)/3 = 0.5; speed 1 − 0.5 × 25/50 = 0.75 → 375
  --  2: order, 9 of 10 pairs: (0.9 − 0.5)/0.5 = 0.8; speed 1 − 0.5 × 40/60 = 2/3 → 533.3 → 533
  --  3: wrong → 0
  --  4: right, first of a streak; speed 1 − 0.5 × 9/30 = 0.85 → 850
  --  5: time ran out → 0 (breaks the streak)
  --  6: right, first of a new streak; speed 1 − 0.5 × 18/30 = 0.7 → 700
  --  7: multi (2 − 1)/3 = 1/3 over ticking all six, (3 − 3)/3 = 0: credit 1/3;
  --     speed 1 − 0.5 × 24/40 = 0.7 → 233.3 → 233
  --  8: sort 5/6 over the most common bin's 3/6: (5/6 − 1/2)/(1/2) = 2/3;
  --     speed 1 − 0.5 × 36/60 = 0.7 → 466.7 → 467
  --  9: right, first of a streak; speed 1 − 0.5 × 5/20 = 0.875 → 875
  -- 10: estimate 0…20, right 4 (t = 0.2), close 0.05, spread 0.25; answer 6 is 0.1 off:
  --     share 1 − (0.1 − 0.05)/0.2 = 0.75; blind A(0.2) + A(0.8) =
  --     (0.05 + 0.15 − 0.15²/0.4) + (0.05 + 0.2 − 0.2²/0.4) = 0.14375 + 0.15 = 0.29375;
  --     credit (0.75 − 0.29375)/0.70625 = 0.6460; speed 1 − 0.5 × 14/35 = 0.8 → 516.8 → 517
  -- Total 375 + 533 + 0 + 850 + 0 + 700 + 233 + 467 + 875 + 517 = 4550; right: 4, 6, 9.
  expect = { score = 4550, correct = 3,
             points = { 375, 533, 0, 850, 0, 700, 233, 467, 875, 517 } },
}
