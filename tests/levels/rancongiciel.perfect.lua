-- Scripted run of levels/pme/rancongiciel.lua: every answer right, in the level's order.
return {
  { answer = { "from", "subject", "attachments.1" }, after = 20 }, -- entry-mail (50 s)
  { answer = { 1, 2, 3, 4, 5 }, after = 30 },                       -- first-reflexes (60 s)
  { answer = false, after = 5 },                                    -- switch-off (20 s)
  { answer = 1, after = 10 },                                       -- pay-ransom (30 s)
  { answer = 1, after = 12 },                                       -- complaint-first (30 s)
  { answer = "17Cyber", after = 15 },                               -- who-helps (30 s)
  { answer = { 1, 2, 3 }, after = 20 },                             -- rule-321 (40 s)
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 30 },                    -- which-copy (60 s)
  { answer = false, after = 4 },                                    -- tested-restore (20 s)
  { answer = 4, after = 14 },                                       -- backup-frequency (35 s)
  -- Worked out by hand from docs/scoring.md: 1000 × (1 − 0.5 × time/limit), plus 100 per
  -- right answer in a row after the first (at most 500), rounded.
  --  1: 1000 × (1 − 0.5 × 20/50) = 800, first of the streak: 800
  --  2: 1000 × (1 − 0.5 × 30/60) = 750, + 100 = 850
  --  3: 1000 × (1 − 0.5 × 5/20) = 875, + 200 = 1075
  --  4: 1000 × (1 − 0.5 × 10/30) = 833.3, + 300 = 1133.3 → 1133
  --  5: 1000 × (1 − 0.5 × 12/30) = 800, + 400 = 1200
  --  6: 1000 × (1 − 0.5 × 15/30) = 750, + 500 = 1250
  --  7: 1000 × (1 − 0.5 × 20/40) = 750, + 500 (the cap) = 1250
  --  8: 1000 × (1 − 0.5 × 30/60) = 750, + 500 = 1250
  --  9: 1000 × (1 − 0.5 × 4/20) = 900, + 500 = 1400
  -- 10: 1000 × (1 − 0.5 × 14/35) = 800, + 500 = 1300
  -- Total 800 + 850 + 1075 + 1133 + 1200 + 1250 + 1250 + 1250 + 1400 + 1300 = 11508.
  expect = { score = 11508, correct = 10,
             points = { 800, 850, 1075, 1133, 1200, 1250, 1250, 1250, 1400, 1300 } },
}
