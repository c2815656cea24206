-- Scripted run of levels/stand/arnaque-ou-pas.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500.
return {
  -- colis-sms: the 3 clues (messages.1, the delivery notice, is the decoy), 10 s of 25:
  -- 1000 × (1 − 0.5 × 10/25) = 800, first of the streak: 800
  { answer = { "from", "messages.2", "links.1" }, after = 10 },
  -- banque-code: « Arnaque », 8 s of 20: 1000 × 0.8 = 800, + 100 (2 in a row) = 900
  { answer = 1, after = 8 },
  -- rappel-rdv: « Pas une arnaque », 6 s of 20: 1000 × 0.85 = 850, + 200 = 1050
  { answer = 1, after = 6 },
  -- amende-antai: « Arnaque », 10 s of 20: 1000 × 0.75 = 750, + 300 = 1050
  { answer = 1, after = 10 },
  -- concours-post: the 3 clues (date and comment are decoys), 15 s of 25:
  -- 1000 × (1 − 0.5 × 15/25) = 700, + 400 = 1100
  { answer = { "author", "body.1", "links.1" }, after = 15 },
  -- prenom-sms: false, 5 s of 15: 1000 × (1 − 0.5 × 5/15) = 833.3, + 500 = 1333.3 → 1333
  { answer = false, after = 5 },
  -- Total: 800 + 900 + 1050 + 1050 + 1100 + 1333 = 6233.
  expect = { score = 6233, correct = 6, points = { 800, 900, 1050, 1050, 1100, 1333 } },
}
