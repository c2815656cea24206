-- Scripted run of levels/stand/le-bon-numero.lua with a mix of outcomes, in the level's order.
return {
  -- sms-33700: wrong (3018 typed): 0
  { answer = "3018", after = 10 },
  -- ado-3018: right, 5 s of 20: 1000 × 0.875 = 875, first of a streak: 875
  { answer = 1, after = 5 },
  -- fraude-payee: no answer before the time ran out: 0, the streak is broken
  { timeout = true },
  -- qui-pour-quoi: partly right: the mocked teenager (card 4) put under 17Cyber, 5 of 6
  -- cards right; blind = the most common bin's share, 2/6: credit (5/6 − 1/3)/(1 − 1/3) = 0.75;
  -- 20 s of 25: 1000 × 0.75 × (1 − 0.5 × 20/25) = 450, no bonus
  { answer = { 1, 1, 2, 3, 3, 3 }, after = 20 },
  -- danger-17: wrong (Pharos): 0
  { answer = 2, after = 7 },
  -- pharos-haine: right, 10 s of 20: 1000 × 0.75 = 750, first of a streak: 750
  { answer = 1, after = 10 },
  -- Total: 0 + 875 + 0 + 450 + 0 + 750 = 2075.
  expect = { score = 2075, correct = 2, points = { 0, 875, 0, 450, 0, 750 } },
}
