-- Scripted run of levels/metiers/profils-et-competences.lua: every answer right, in the level's
-- order. Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak
-- bonus), the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each
-- card's bin in the order the level writes the cards.
return {
  -- ai-profiles: 10 s of 50: 1000 × 0.9 = 900, first of a streak: 900
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 10 },
  -- cyber-profiles: 20 s of 50: 800, + 100 (2 in a row) = 900
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 20 },
  -- iso-everywhere: "ISO 27001", 15 s of 30: 750, + 200 = 950
  { answer = "ISO 27001", after = 15 },
  -- soft-or-tech: the seven cards in their bins, 30 s of 60: 750, + 300 = 1050
  { answer = { 1, 1, 2, 2, 2, 3, 3 }, after = 30 },
  -- bac5-share: 65 exactly (credit 1), 12 s of 30: 800, + 400 = 1200
  { answer = 65, after = 12 },
  -- other-profiles: Bac+2 with a strong capacity for analysis, 9 s of 30: 850, + 500 = 1350
  { answer = 1, after = 9 },
  -- offer-soft-skills: English, speaking, general culture; 24 s of 60: 800, + 500 = 1300
  { answer = { "body.3", "body.5", "body.6" }, after = 24 },
  -- double-skills: true, 5 s of 25: 900, + 500 = 1400
  { answer = true, after = 5 },
  -- ethics-module: 12 s of 30: 800, + 500 = 1300
  { answer = 1, after = 12 },
  -- brakes: the three right ticks, 16 s of 40: 800, + 500 = 1300
  { answer = { 1, 2, 3 }, after = 16 },
  -- Total: 900 + 900 + 950 + 1050 + 1200 + 1350 + 1300 + 1400 + 1300 + 1300 = 11650.
  expect = { score = 11650, correct = 10, points = { 900, 900, 950, 1050, 1200, 1350, 1300, 1400, 1300, 1300 } },
}
