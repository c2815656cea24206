-- Scripted run of levels/stand/le-bon-numero.lua: every answer right, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus),
-- the bonus being 100 × (right answers in a row − 1), at most 500. Sort answers give each card's
-- bin in the order the level writes the cards.
return {
  -- sms-33700: "33 700" is read as the number 33700; 12 s of 25: 1000 × (1 − 0.5 × 12/25) = 760
  { answer = "33 700", after = 12 },
  -- ado-3018: 3018, 8 s of 20: 1000 × 0.8 = 800, + 100 (2 in a row) = 900
  { answer = 1, after = 8 },
  -- fraude-payee: the bank, then 17Cyber; 10 s of 20: 1000 × 0.75 = 750, + 200 = 950
  { answer = 1, after = 10 },
  -- qui-pour-quoi: the 6 cards in their bins, 15 s of 25: 1000 × 0.7 = 700, + 300 = 1000
  { answer = { 1, 1, 2, 2, 3, 3 }, after = 15 },
  -- danger-17: 17, 5 s of 15: 1000 × (1 − 0.5 × 5/15) = 833.3, + 400 = 1233.3 → 1233
  { answer = 1, after = 5 },
  -- pharos-haine: Pharos, 6 s of 20: 1000 × 0.85 = 850, + 500 = 1350
  { answer = 1, after = 6 },
  -- Total: 760 + 900 + 950 + 1000 + 1233 + 1350 = 6193.
  expect = { score = 6193, correct = 6, points = { 760, 900, 950, 1000, 1233, 1350 } },
}
