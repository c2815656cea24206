-- Scripted run of levels/pme/donnees-personnelles.lua with a mix of outcomes, in the level's order.
return {
  { answer = { 1, 2, 1, 1, 2, 2, 1, 2 }, after = 30 },       -- what-is-personal: 6 of 8 (IP address, switchboard)
  { answer = { "all-staff", "social-security", "lines.1" }, after = 42 }, -- seminar-form: 2 of 3 clues, 1 wrong mark
  { answer = 1, after = 12 },                                -- need-to-know: right
  { answer = { 1, 3, 4 }, after = 27 },                      -- what-is-breach: 2 of 3 right, 1 wrong tick
  { answer = 3, after = 10 },                                -- breach-first: wrong (deleting the sent copy)
  { answer = { 2, 1, 3, 4 }, after = 27 },                   -- breach-steps: the first two swapped
  { answer = "la cnil", after = 9 },                         -- authority: right
  { timeout = true },                                        -- deadline: time ran out
  { answer = false, after = 10 },                            -- tell-everyone: right
  { answer = 1, after = 6 },                                 -- ip-address: right, second in a row
  -- By hand (docs/scoring.md), speed = 1 − 0.5 × time/limit:
  --  1. sort: share 6/8, blind 4/8: (0.75 − 0.5)/0.5 = 0.5; × (1 − 0.5 × 30/60) = 0.75 → 375.
  --  2. hotspot: (2 − 0.5 × 1)/3 = 0.5; × (1 − 0.5 × 42/60) = 0.65 → 325.
  --  3. 1000 × (1 − 0.5 × 12/30) = 800, first of a streak.
  --  4. multi: share (2 − 1)/3 = 1/3, blind (3 − 3)/3 = 0; × (1 − 0.5 × 27/45) = 0.7 → 233.
  --  5. wrong, 0.
  --  6. order: 5 of 6 pairs, (5/6 − 1/2)/(1/2) = 2/3; × (1 − 0.5 × 27/45) = 0.7 → 466.7 → 467.
  --  7. 1000 × (1 − 0.5 × 9/30) = 850, first of a new streak.   8. timeout, 0.
  --  9. 1000 × (1 − 0.5 × 10/25) = 800, first of a new streak.
  -- 10. 1000 × (1 − 0.5 × 6/30) = 900 + 100 = 1000.
  -- Total 375 + 325 + 800 + 233 + 467 + 850 + 800 + 1000 = 4850; right answers: 3, 7, 9, 10.
  expect = { score = 4850, correct = 4,
             points = { 375, 325, 800, 233, 0, 467, 850, 0, 800, 1000 } },
}
