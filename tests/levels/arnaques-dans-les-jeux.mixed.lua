-- Scripted run of levels/lycee/arnaques-dans-les-jeux.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md); a partly right answer earns no streak bonus and breaks the streak.
return {
  -- generateur: partly right: 2 of the 4 clues (url, body.2) and the title marked by mistake;
  -- credit (2 − 0.5 × 1) ÷ 4 = 0.375; 30 s of 75: 1000 × 0.375 × 0.8 = 300
  { answer = { "url", "body.2", "title" }, after = 30 },
  -- chat-du-jeu: right, 35 s of 70: 1000 × 0.75 = 750, first of a streak: 750
  { answer = { "from", "messages.2", "messages.3", "links.1" }, after = 35 },
  -- mod-triche: wrong (installs it if the video has many views): 0, the streak is broken
  { answer = 2, after = 12 },
  -- sur-ou-risque: partly right: the reused mail password (card 8) put under "Sans risque", 7 of 8
  -- cards right; blind = the most common bin's share, 4/8: credit (7/8 − 1/2) ÷ (1/2) = 0.75;
  -- 22 s of 55: 1000 × 0.75 × 0.8 = 600
  { answer = { 1, 1, 1, 1, 2, 2, 2, 1 }, after = 22 },
  -- cadeau-inconnu: no answer before the time ran out: 0
  { timeout = true },
  -- faux-tournoi: right, 14 s of 70: 1000 × 0.9 = 900, first of a streak: 900
  { answer = { "author", "body.1", "body.2", "links.1" }, after = 14 },
  -- compte-vole: partly right: steps 1-2 swapped and steps 4-5 swapped, 8 of 10 pairs in order;
  -- credit (8/10 − 1/2) ÷ (1/2) = 0.6; 30 s of 60: 1000 × 0.6 × 0.75 = 450
  { answer = { 2, 1, 3, 5, 4 }, after = 30 },
  -- double-auth: right (false), 4 s of 20: 1000 × 0.9 = 900, first of a streak: 900
  { answer = false, after = 4 },
  -- code-a-qui: "Personne" (case does not count), 5 s of 25: 1000 × 0.9 = 900, + 100 = 1000
  { answer = "Personne", after = 5 },
  -- offre-flash: wrong (a glitch): 0
  { answer = 3, after = 9 },
  -- Total: 300 + 750 + 0 + 600 + 0 + 900 + 450 + 900 + 1000 + 0 = 4900.
  expect = { score = 4900, correct = 4, points = { 300, 750, 0, 600, 0, 900, 450, 900, 1000, 0 } },
}
