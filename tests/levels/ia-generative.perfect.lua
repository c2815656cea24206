-- Scripted run of levels/pme/ia-generative.lua: every answer right, in the level's order.
return {
  { answer = 1, after = 5 },                                                  -- what-it-keeps
  { answer = { 1, 1, 1, 1, 2, 2, 2, 2 }, after = 24 },                        -- public-chatbot
  { answer = { "paste", "nobody-knows", "tool", "export" }, after = 30 },     -- colleague-chat
  { answer = 1, after = 9 },                                                  -- approved-tool
  { answer = false, after = 5 },                                              -- invented-source
  { answer = "hallucination", after = 12 },                                   -- hallucination
  { answer = 1, after = 10 },                                                 -- who-answers
  { answer = { "unknown", "mobile", "new-phone", "urgent" }, after = 36 },   -- boss-voice
  { answer = { 1, 2 }, after = 14 },                                          -- call-back
  { answer = 90, after = 15 },                                                -- regional-figure
  -- Worked out by hand from docs/scoring.md: 1000 × (1 − 0.5 × time/limit), plus 100 per
  -- right answer in a row after the first (at most 500), rounded.
  --  1. 5/25 s:  900 + 0   =  900      6. 12/30 s: 800 + 500 = 1300
  --  2. 24/60 s: 800 + 100 =  900      7. 10/25 s: 800 + 500 = 1300
  --  3. 30/60 s: 750 + 200 =  950      8. 36/60 s: 700 + 500 = 1200
  --  4. 9/30 s:  850 + 300 = 1150      9. 14/35 s: 800 + 500 = 1300
  --  5. 5/25 s:  900 + 400 = 1300     10. 15/30 s: 750 + 500 = 1250
  -- Total 11550.
  expect = { score = 11550, correct = 10,
             points = { 900, 900, 950, 1150, 1300, 1300, 1300, 1200, 1300, 1250 } },
}
