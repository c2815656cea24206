-- Scripted run of levels/lycee/arnaques-dans-les-jeux.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Hotspot answers name every clue;
-- sort answers give each card's bin in the order the level writes the cards.
return {
  -- generateur: the 4 clues, 30 s of 75: 1000 × (1 − 0.5 × 30/75) = 800, first of a streak: 800
  { answer = { "url", "body.1", "body.2", "body.3" }, after = 30 },
  -- chat-du-jeu: the 4 clues, 35 s of 70: 1000 × 0.75 = 750, + 100 (2 in a row) = 850
  { answer = { "from", "messages.2", "messages.3", "links.1" }, after = 35 },
  -- mod-triche: don't install, 10 s of 25: 1000 × 0.8 = 800, + 200 = 1000
  { answer = 1, after = 10 },
  -- sur-ou-risque: 8 cards right, 22 s of 55: 1000 × 0.8 = 800, + 300 = 1100
  { answer = { 1, 1, 1, 1, 2, 2, 2, 2 }, after = 22 },
  -- cadeau-inconnu: refuse, 5 s of 25: 1000 × 0.9 = 900, + 400 = 1300
  { answer = 1, after = 5 },
  -- faux-tournoi: the 4 clues, 28 s of 70: 1000 × 0.8 = 800, + 500 (capped) = 1300
  { answer = { "author", "body.1", "body.2", "links.1" }, after = 28 },
  -- compte-vole: the right order, 30 s of 60: 1000 × 0.75 = 750, + 500 = 1250
  { answer = { 1, 2, 3, 4, 5 }, after = 30 },
  -- double-auth: false, 8 s of 20: 1000 × 0.8 = 800, + 500 = 1300
  { answer = false, after = 8 },
  -- code-a-qui: "personne", 10 s of 25: 1000 × 0.8 = 800, + 500 = 1300
  { answer = "personne", after = 10 },
  -- offre-flash: frustration, 5 s of 25: 1000 × 0.9 = 900, + 500 = 1400
  { answer = 1, after = 5 },
  -- Total: 800 + 850 + 1000 + 1100 + 1300 + 1300 + 1250 + 1300 + 1300 + 1400 = 11600.
  expect = { score = 11600, correct = 10, points = { 800, 850, 1000, 1100, 1300, 1300, 1250, 1300, 1300, 1400 } },
}
