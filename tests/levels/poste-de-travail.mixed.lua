-- Scripted run of levels/pme/poste-de-travail.lua with a mix of outcomes, in the level's
-- order. By hand, from docs/scoring.md: base 1000 × credit × (1 − 0.5 × time/limit), plus
-- 100 per right answer in a row after the first for fully right answers only, rounded (halves
-- up). A partial credit is over chance: (share − blind) / (1 − blind), never below 0.
return {
  -- update-now: right, 15 s of 25: 1000 × 0.7 = 700 (first of a streak)
  { answer = 1, after = 15 },
  -- end-of-support: wrong ("true") → 0, the streak is broken
  { answer = true, after = 8 },
  -- fake-update: partly right, 2 clues of 4 and the cookies line marked wrongly, 30 s of 50:
  -- (2 − 0.5 × 1)/4 = 0.375 × (1 − 0.5 × 30/50 = 0.7) = 0.2625 → 263
  { answer = { "url", "body.1", "body.3" }, after = 30 },
  -- inventory: partly right, 2 right ticks and 1 wrong of 3 right in 6: share (2 − 1)/3 = 1/3,
  -- blind (3 − 3)/3 = 0: credit 1/3 × (1 − 0.5 × 21/35 = 0.7) = 233.3 → 233
  { answer = { 1, 2, 4 }, after = 21 },
  -- usb-parking: the time ran out → 0
  { timeout = true },
  -- wifi-on-the-move: partly right, the company's 4G dongle put in "avoid": 5 of 6, blind 3/6:
  -- (5/6 − 1/2)/(1/2) = 2/3 × (1 − 0.5 × 25/50 = 0.75) = 500
  { answer = { 1, 1, 2, 2, 2, 2 }, after = 25 },
  -- cnil-words: wrong, 12 (the characters, not the words) → 0
  { answer = "12", after = 10 },
  -- passphrase: wrong, "Motdepasse2026!" is 20.8 bits, very weak (strong asked) → 0
  { answer = "Motdepasse2026!", after = 40 },
  -- password-manager: right, 15 s of 30: 1000 × 0.75 = 750 (a new streak of 1)
  { answer = 1, after = 15 },
  -- mfa: right, 6 s of 30: 1000 × 0.9 = 900, + 100 (2 in a row) = 1000
  { answer = 1, after = 6 },
  -- Total: 700 + 0 + 263 + 233 + 0 + 500 + 0 + 0 + 750 + 1000 = 3446; right: 3.
  expect = { score = 3446, correct = 3, points = { 700, 0, 263, 233, 0, 500, 0, 0, 750, 1000 } },
}
