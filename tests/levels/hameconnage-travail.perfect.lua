-- Scripted run of levels/pme/hameconnage-travail.lua: every answer right, in the level's order.
return {
  { answer = { "from", "body.2", "links.1" }, after = 20 },                   -- shared-doc-mail (50 s)
  { answer = { "url", "body.2" }, after = 18 },                               -- fake-signin (45 s)
  { answer = 1, after = 9 },                                                  -- typed-password (30 s)
  { answer = false, after = 5 },                                              -- known-sender (20 s)
  { answer = { "from", "messages.2", "links.1" }, after = 18 },               -- parcel-sms (45 s)
  { answer = "33700", after = 10 },                                           -- report-sms (25 s)
  { answer = { "from", "messages.2", "messages.3", "links.1" }, after = 25 }, -- it-support-chat (50 s)
  { answer = { "date", "body.2", "body.3" }, after = 18 },                    -- mfa-push (45 s)
  -- push-or-not: the nine requests, approved (a) only when the player started them.
  { play = { { at = 1, key = "a" }, { at = 3, key = "r" }, { at = 5, key = "a" },
             { at = 7, key = "r" }, { at = 9, key = "a" }, { at = 11, key = "r" },
             { at = 13, key = "r" }, { at = 15, key = "a" }, { at = 17, key = "r" } } },
  { answer = 1, after = 9 },                                                  -- after-refusal (30 s)
  -- Worked out by hand from docs/scoring.md: 1000 × (1 − 0.5 × time/limit), plus 100 per
  -- right answer in a row after the first (at most 500), rounded; the game scores
  -- 1000 × credit with no speed factor.
  --  1: 1000 × (1 − 0.5 × 20/50) = 800, first of the streak: 800
  --  2: 1000 × (1 − 0.5 × 18/45) = 800, + 100 = 900
  --  3: 1000 × (1 − 0.5 × 9/30) = 850, + 200 = 1050
  --  4: 1000 × (1 − 0.5 × 5/20) = 875, + 300 = 1175
  --  5: 1000 × (1 − 0.5 × 18/45) = 800, + 400 = 1200
  --  6: 1000 × (1 − 0.5 × 10/25) = 800, + 500 = 1300
  --  7: 1000 × (1 − 0.5 × 25/50) = 750, + 500 = 1250
  --  8: 1000 × (1 − 0.5 × 18/45) = 800, + 500 = 1300
  --  9: game, 9 of 9: 1000 × 1, + 500 = 1500
  -- 10: 1000 × (1 − 0.5 × 9/30) = 850, + 500 = 1350
  -- Total 800 + 900 + 1050 + 1175 + 1200 + 1300 + 1250 + 1300 + 1500 + 1350 = 11825.
  expect = { score = 11825, correct = 10,
             points = { 800, 900, 1050, 1175, 1200, 1300, 1250, 1300, 1500, 1350 } },
}
