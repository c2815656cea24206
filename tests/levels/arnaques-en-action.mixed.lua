-- Scripted run of levels/lycee/arnaques-en-action.lua with a mix of outcomes, in the level's
-- order. By hand, from docs/scoring.md: base 1000 × credit × (1 − 0.5 × time/limit), plus
-- 100 per right answer in a row after the first for fully right answers only, rounded. A
-- partial credit is over chance: (share − blind) / (1 − blind), never below 0.
return {
  -- game-account-mail: partly right. 2 clues of 4 and the date marked wrongly, 30 s of 75:
  -- (2 − 0.5 × 1)/4 = 0.375 × (1 − 0.5 × 30/75 = 0.8) = 0.3 → 300
  { answer = { "from", "links.1", "date" }, after = 30 },
  -- vitale-sms: right, 24 s of 60: 1000 × 0.8 = 800 (first of a streak: no bonus)
  { answer = { "from", "messages.2", "messages.3", "links.1" }, after = 24 },
  -- giveaway-post: the time ran out: 0, the streak is broken
  { timeout = true },
  -- personal-data: wrong, every card in the other bin: 0 of 6 → 0
  { answer = { 2, 2, 2, 1, 1, 1 }, after = 20 },
  -- hacked-account: partly right, « warn the contacts » put first: 3 of the 10 pairs
  -- reversed, 7/10 over the 1/2 of chance: (0.7 − 0.5)/0.5 = 0.4 × (1 − 0.5 × 25/50 = 0.75)
  -- = 0.3 → 300
  { answer = { 4, 1, 2, 3, 5 }, after = 25 },
  -- passphrase: wrong, « Vacances2009! »: a common password (log2 98 + 1 = 7.61 bits), a
  -- year (log2 140 = 7.13), one symbol (log2 33 = 5.04), two findings joined (+1): 20.79
  -- bits of the 80 asked (strength 4), weaker than asked → 0
  { answer = "Vacances2009!", after = 30 },
  -- crack-8-letters: right, 30 s for 20.9 s: log10(30/20.88)/11 decades = 0.014 of the
  -- scale, within close (0.05); 16 s of 40: 1000 × 0.8 = 800 (a new streak of 1)
  { answer = 30, after = 16 },
  -- deepfake-check: right, the 7 cards, 25 s of 50: 1000 × 0.75 = 750, + 100 (2 in a row) = 850
  { answer = { 1, 1, 1, 1, 2, 2, 2 }, after = 25 },
  -- Total: 300 + 800 + 0 + 0 + 300 + 0 + 800 + 850 = 3050; right: sms, estimate, deepfake.
  expect = { score = 3050, correct = 3, points = { 300, 800, 0, 0, 300, 0, 800, 850 } },
}
