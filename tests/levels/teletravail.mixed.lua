-- Scripted run of levels/pme/teletravail.lua with a mix of outcomes, in the level's order.
-- By hand, from docs/scoring.md: base 1000 × credit × (1 − 0.5 × time/limit), plus 100 per
-- right answer in a row after the first for fully right answers only, rounded (halves up). A
-- partial credit is over chance: (share − blind) / (1 − blind), never below 0.
return {
  -- lost-laptop: wrong, "wait for lost property" → 0
  { answer = 2, after = 10 },
  -- lost-laptop-steps: partly right, the first two steps swapped: 5 of 6 pairs, blind 1/2:
  -- (5/6 − 1/2)/(1/2) = 2/3 × (1 − 0.5 × 25/50 = 0.75) = 500
  { answer = { 2, 1, 3, 4 }, after = 25 },
  -- disk-encryption: right, 5 s of 25: 1000 × 0.9 = 900 (first of a streak)
  { answer = true, after = 5 },
  -- train-screen: partly right, 2 clues of 3 and the window marked wrongly, 30 s of 50:
  -- (2 − 0.5 × 1)/3 = 0.5 × (1 − 0.5 × 30/50 = 0.7) = 350
  { answer = { "ecran", "badge", "fenetre" }, after = 30 },
  -- screen-privacy: wrong, airplane mode and dark mode ticked: (0 − 2)/3 is below 0 → 0
  { answer = { 4, 5 }, after = 20 },
  -- trip-post: the time ran out → 0
  { timeout = true },
  -- pro-perso: partly right, installing a program found on a forum put in "good habit": 5 of 6,
  -- blind 3/6: (5/6 − 1/2)/(1/2) = 2/3 × (1 − 0.5 × 20/50 = 0.8) = 533.3 → 533
  { answer = { 1, 1, 1, 2, 2, 1 }, after = 20 },
  -- lock-shortcut: right, typed "windows + l", 10 s of 25: 1000 × 0.8 = 800 (a new streak)
  { answer = "windows + l", after = 10 },
  -- home-router: wrong, "hide the Wi-Fi name" → 0
  { answer = 2, after = 15 },
  -- after-trip: right, 21 s of 35: 1000 × 0.7 = 700 (a new streak of 1)
  { answer = 1, after = 21 },
  -- Total: 0 + 500 + 900 + 350 + 0 + 0 + 533 + 800 + 0 + 700 = 3783; right: 3.
  expect = { score = 3783, correct = 3, points = { 0, 500, 900, 350, 0, 0, 533, 800, 0, 700 } },
}
