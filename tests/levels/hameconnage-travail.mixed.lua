-- Scripted run of levels/pme/hameconnage-travail.lua with a mix of outcomes, in the level's order.
return {
  { answer = { "from", "links.1", "subject" }, after = 30 },                            -- 2 clues of 3, 1 wrong mark
  { answer = { "url" }, after = 20 },                                                   -- 1 clue of 2
  { answer = 2, after = 12 },                                                           -- typed-password: wrong
  { answer = false, after = 6 },                                                        -- known-sender: right
  { timeout = true },                                                                   -- parcel-sms: time ran out
  { answer = "33 700", after = 12 },                                                    -- report-sms: right
  { answer = { "from", "messages.2", "messages.3", "links.1", "date" }, after = 25 },   -- 4 clues, 1 wrong mark
  { answer = { "date", "body.2", "body.3" }, after = 15 },                              -- mfa-push: right
  -- push-or-not: approves request 2 (Vancouver) and request 7 (the "technician"): 7 of 9.
  { play = { { at = 1, key = "a" }, { at = 3, key = "a" }, { at = 5, key = "a" },
             { at = 7, key = "r" }, { at = 9, key = "a" }, { at = 11, key = "r" },
             { at = 13, key = "a" }, { at = 15, key = "a" }, { at = 17, key = "r" } } },
  { answer = 1, after = 12 },                                                           -- after-refusal: right
  -- Worked out by hand from docs/scoring.md (base 1000, speed = 1 − 0.5 × time/limit):
  --  1: hotspot (2 − 0.5 × 1)/3 = 0.5; speed 1 − 0.5 × 30/50 = 0.7 → 350
  --  2: hotspot 1/2 = 0.5; speed 1 − 0.5 × 20/45 = 0.7778 → 388.9 → 389
  --  3: wrong → 0
  --  4: right, first of a streak; speed 1 − 0.5 × 6/20 = 0.85 → 850
  --  5: time ran out → 0
  --  6: right ("33 700" is read as the number), first of a streak; 1 − 0.5 × 12/25 = 0.76 → 760
  --  7: hotspot (4 − 0.5 × 1)/4 = 0.875; speed 1 − 0.5 × 25/50 = 0.75 → 656.25 → 656
  --  8: right, first of a streak (7 was partly right); 1 − 0.5 × 15/45 = 0.8333 → 833
  --  9: game 7/9 = 0.7778, no speed factor, no bonus (not fully right) → 777.8 → 778
  -- 10: right, first of a streak; 1 − 0.5 × 12/30 = 0.8 → 800
  -- Total 350 + 389 + 0 + 850 + 0 + 760 + 656 + 833 + 778 + 800 = 5416; right: 4, 6, 8, 10.
  expect = { score = 5416, correct = 4,
             points = { 350, 389, 0, 850, 0, 760, 656, 833, 778, 800 } },
}
