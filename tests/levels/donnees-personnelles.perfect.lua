-- Scripted run of levels/pme/donnees-personnelles.lua: every answer right, in the level's order.
return {
  { answer = { 1, 1, 1, 1, 2, 2, 2, 2 }, after = 24 },       -- what-is-personal
  { answer = { "all-staff", "social-security", "family" }, after = 30 }, -- seminar-form
  { answer = 1, after = 9 },                                 -- need-to-know
  { answer = { 1, 2, 3 }, after = 18 },                      -- what-is-breach
  { answer = 1, after = 6 },                                 -- breach-first
  { answer = { 1, 2, 3, 4 }, after = 18 },                   -- breach-steps
  { answer = "CNIL", after = 6 },                            -- authority
  { answer = 72, after = 12 },                               -- deadline
  { answer = false, after = 5 },                             -- tell-everyone
  { answer = 1, after = 9 },                                 -- ip-address
  -- Worked out by hand from docs/scoring.md: 1000 × (1 − 0.5 × time/limit), plus 100 per
  -- right answer in a row after the first (at most 500), rounded.
  --  1. 24/60 s: 800 + 0   =  800      6. 18/45 s: 800 + 500 = 1300
  --  2. 30/60 s: 750 + 100 =  850      7. 6/30 s:  900 + 500 = 1400
  --  3. 9/30 s:  850 + 200 = 1050      8. 12/30 s: 800 + 500 = 1300
  --  4. 18/45 s: 800 + 300 = 1100      9. 5/25 s:  900 + 500 = 1400
  --  5. 6/30 s:  900 + 400 = 1300     10. 9/30 s:  850 + 500 = 1350
  -- Total 11850.
  expect = { score = 11850, correct = 10,
             points = { 800, 850, 1050, 1100, 1300, 1300, 1400, 1300, 1400, 1350 } },
}
