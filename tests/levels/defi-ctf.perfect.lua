-- Scripted run of levels/metiers/defi-ctf.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each card's
-- bin in the order the level writes the cards; hotspot answers name the parts marked.
return {
  -- juste-pour-voir: false, 6 s of 30: 1000 × (1 − 0.5 × 6/30) = 900, first of a streak: 900
  { answer = false, after = 6 },
  -- autorise-ou-pas: the 8 cards in their bins, 30 s of 75: 1000 × 0.8 = 800, + 100 = 900
  { answer = { 1, 1, 1, 1, 2, 2, 2, 2 }, after = 30 },
  -- base64: "Base64", 12 s of 60: 1000 × 0.9 = 900, + 200 = 1100
  { answer = "Base64", after = 12 },
  -- hexa: "BRAVO", 60 s of 150: 1000 × 0.8 = 800, + 300 = 1100
  { answer = "BRAVO", after = 60 },
  -- cesar: "VIGIE{JULES}", 48 s of 120: 1000 × 0.8 = 800, + 400 = 1200
  { answer = "VIGIE{JULES}", after = 48 },
  -- code-source: both comments, 18 s of 90: 1000 × 0.9 = 900, + 500 = 1400
  { answer = { "body.2", "body.4" }, after = 18 },
  -- journal: the Singapore line, 15 s of 75: 1000 × 0.9 = 900, + 500 (capped) = 1400
  { answer = { "lines.5" }, after = 15 },
  -- compte-reutilise: Karim's line, 36 s of 90: 1000 × 0.8 = 800, + 500 = 1300
  { answer = { "lines.2" }, after = 36 },
  -- vrai-expediteur: sender, reply-to and link, 30 s of 75: 1000 × 0.8 = 800, + 500 = 1300
  { answer = { "from", "reply_to", "links.1" }, after = 30 },
  -- ou-jouer: FCSC and Passe ton hack d'abord, 9 s of 45: 1000 × 0.9 = 900, + 500 = 1400
  { answer = { 1, 2 }, after = 9 },
  -- Total: 900 + 900 + 1100 + 1100 + 1200 + 1400 + 1400 + 1300 + 1300 + 1400 = 12000.
  expect = { score = 12000, correct = 10, points = { 900, 900, 1100, 1100, 1200, 1400, 1400, 1300, 1300, 1400 } },
}
