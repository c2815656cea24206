-- Scripted run of levels/stand/arnaque-ou-pas.lua with a mix of outcomes, in the level's order.
return {
  -- colis-sms: partly right: 2 of the 3 clues and the decoy messages.1 (penalty 0.5):
  -- credit (2 − 0.5 × 1)/3 = 0.5; 12 s of 25: 1000 × 0.5 × (1 − 0.5 × 12/25) = 380, no bonus
  { answer = { "messages.2", "links.1", "messages.1" }, after = 12 },
  -- banque-code: wrong (« not a scam if the call comes from my bank's number »): 0
  { answer = 3, after = 9 },
  -- rappel-rdv: right, 4 s of 20: 1000 × 0.9 = 900, first of a streak: 900
  { answer = 1, after = 4 },
  -- amende-antai: no answer before the time ran out: 0, the streak is broken
  { timeout = true },
  -- concours-post: right, 20 s of 25: 1000 × (1 − 0.5 × 20/25) = 600, first of a streak: 600
  { answer = { "author", "body.1", "links.1" }, after = 20 },
  -- prenom-sms: right, 3 s of 15: 1000 × 0.9 = 900, + 100 (2 in a row) = 1000
  { answer = false, after = 3 },
  -- Total: 380 + 0 + 900 + 0 + 600 + 1000 = 2880.
  expect = { score = 2880, correct = 3, points = { 380, 0, 900, 0, 600, 1000 } },
}
