-- Scripted run of levels/lycee/mes-donnees-mes-droits.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md); a partly right answer earns no streak bonus and breaks the streak.
return {
  -- donnee-perso: partly right: the customer number (card 4) put under "Pas personnelle", 7 of 8;
  -- blind = the most common bin's share, 4/8: credit (7/8 − 1/2) ÷ (1/2) = 0.75;
  -- 22 s of 55: 1000 × 0.75 × 0.8 = 600
  { answer = { 1, 1, 1, 2, 2, 2, 2, 2 }, after = 22 },
  -- quel-droit: partly right: the advertising emails (card 5) put under "Effacement", 5 of 6;
  -- three bins of 2 cards, blind 2/6: credit (5/6 − 1/3) ÷ (2/3) = 0.75; 20 s of 50: 1000 × 0.75 × 0.8 = 600
  { answer = { 1, 1, 2, 2, 2, 3 }, after = 20 },
  -- rectification: right, 6 s of 20: 1000 × 0.85 = 850, first of a streak: 850
  { answer = 1, after = 6 },
  -- effacement-mineur: wrong (false): 0, the streak is broken
  { answer = false, after = 9 },
  -- dereferencement: no answer before the time ran out: 0
  { timeout = true },
  -- courtier: partly right: subject and body.2 found, the sender marked by mistake;
  -- credit (2 − 0.5 × 1) ÷ 4 = 0.375; 28 s of 70: 1000 × 0.375 × 0.8 = 300
  { answer = { "subject", "body.2", "from" }, after = 28 },
  -- delai: 40 days for 30, on a 0–120 scale: distance 10/120 = 0.0833; close 0.05, spread 0.25:
  -- share 1 − (0.0833 − 0.05)/0.2 = 0.8333; the right value sits at t = 0.25, blind A(0.25) + A(0.75)
  -- = 0.15 + 0.15 = 0.3 (A(a) = 0.05 + 0.2 − 0.2²/0.4 = 0.15 for a ≥ spread); credit (0.8333 − 0.3)/0.7
  -- = 0.7619; 12 s of 30: 1000 × 0.7619 × 0.8 = 609.5 → 610
  { answer = 40, after = 12 },
  -- etapes-plainte: right, 30 s of 60: 1000 × 0.75 = 750, first of a streak: 750
  { answer = { 1, 2, 3, 4, 5 }, after = 30 },
  -- qui-plainte: "la CNIL", 5 s of 25: 1000 × 0.9 = 900, + 100 (2 in a row) = 1000
  { answer = "la CNIL", after = 5 },
  -- age-15: wrong (13): 0
  { answer = 2, after = 7 },
  -- Total: 600 + 600 + 850 + 0 + 0 + 300 + 610 + 750 + 1000 + 0 = 4710.
  expect = { score = 4710, correct = 3, points = { 600, 600, 850, 0, 0, 300, 610, 750, 1000, 0 } },
}
