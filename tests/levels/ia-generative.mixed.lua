-- Scripted run of levels/pme/ia-generative.lua with a mix of outcomes, in the level's order.
return {
  { answer = 1, after = 10 },                                   -- what-it-keeps: right
  { answer = { 1, 1, 1, 2, 2, 2, 2, 2 }, after = 30 },          -- public-chatbot: 7 of 8 (the job ad kept out)
  { answer = { "paste", "export", "from" }, after = 40 },       -- colleague-chat: 2 of 4 clues, 1 wrong mark
  { answer = 3, after = 12 },                                   -- approved-tool: wrong (just removing names)
  { timeout = true },                                           -- invented-source: time ran out
  { answer = "Hallucinations", after = 15 },                    -- hallucination: right
  { answer = 1, after = 5 },                                    -- who-answers: right, second in a row
  { answer = { "unknown", "urgent" }, after = 30 },             -- boss-voice: 2 of 4 clues
  { answer = { 1 }, after = 14 },                               -- call-back: 1 of 2, no wrong tick
  { answer = 80, after = 15 },                                  -- regional-figure: 10 points off
  -- By hand (docs/scoring.md), speed = 1 − 0.5 × time/limit:
  --  1. 1000 × (1 − 0.5 × 10/25) = 800.
  --  2. sort: share 7/8, blind 4/8 (four cards per bin): (0.875 − 0.5)/0.5 = 0.75;
  --     × (1 − 0.5 × 30/60) = 0.75 → 562.5 → 563; not fully right, so no bonus.
  --  3. hotspot: (2 − 0.5 × 1)/4 = 0.375; × (1 − 0.5 × 40/60) = 2/3 → 250.
  --  4. wrong, 0.   5. timeout, 0.
  --  6. 1000 × (1 − 0.5 × 15/30) = 750, first of a new streak.
  --  7. 1000 × (1 − 0.5 × 5/25) = 900 + 100 = 1000.
  --  8. hotspot: 2/4 = 0.5; × (1 − 0.5 × 30/60) = 0.75 → 375.
  --  9. multi: share 1/2, blind (2 − 3)/2 → 0: credit 0.5; × (1 − 0.5 × 14/35) = 0.8 → 400.
  -- 10. estimate on 0…100, right value 90 (t = 0.9), answer 80 (0.10 off), close 0.05, spread 0.25:
  --     share 1 − (0.10 − 0.05)/0.20 = 0.75; blind A(0.9) + A(0.1) = 0.15 + 0.09375 = 0.24375;
  --     credit (0.75 − 0.24375)/0.75625 = 0.6694; × (1 − 0.5 × 15/30) = 0.75 → 502.
  -- Total 800 + 563 + 250 + 750 + 1000 + 375 + 400 + 502 = 4640; right answers: 1, 6, 7.
  expect = { score = 4640, correct = 3,
             points = { 800, 563, 250, 0, 0, 750, 1000, 375, 400, 502 } },
}
