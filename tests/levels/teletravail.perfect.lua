-- Scripted run of levels/pme/teletravail.lua: every answer right, in the level's order.
-- Worked out by hand from docs/scoring.md: 1000 × (1 − 0.5 × time/limit) + 100 per right
-- answer in a row after the first (at most 500), rounded.
return {
  { answer = 1, after = 12 },                                 -- lost-laptop: 30 s, 0.8 → 800
  { answer = { 1, 2, 3, 4 }, after = 25 },                    -- lost-laptop-steps: 50 s, 750 + 100 = 850
  { answer = true, after = 10 },                              -- disk-encryption: 25 s, 800 + 200 = 1000
  { answer = { "ecran", "post-it", "badge" }, after = 20 },   -- train-screen: 50 s, 800 + 300 = 1100
  { answer = { 1, 2, 3 }, after = 14 },                       -- screen-privacy: 35 s, 800 + 400 = 1200
  { answer = { "body.2", "body.3", "body.4" }, after = 22 },  -- trip-post: 55 s, 800 + 500 = 1300
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 20 },              -- pro-perso: 50 s, 800 + 500 = 1300
  { answer = "Win+L", after = 5 },                            -- lock-shortcut: 25 s, 900 + 500 = 1400
  { answer = 1, after = 12 },                                 -- home-router: 30 s, 800 + 500 = 1300
  { answer = 1, after = 7 },                                  -- after-trip: 35 s, 900 + 500 = 1400
  -- Total: 800 + 850 + 1000 + 1100 + 1200 + 1300 + 1300 + 1400 + 1300 + 1400 = 11650.
  expect = { score = 11650, correct = 10,
             points = { 800, 850, 1000, 1100, 1200, 1300, 1300, 1400, 1300, 1400 } },
}
