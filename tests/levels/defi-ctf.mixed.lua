-- Scripted run of levels/metiers/defi-ctf.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus);
-- a wrong, partly right or timed-out answer breaks the streak and earns no bonus.
return {
  -- juste-pour-voir: wrong (true): 0
  { answer = true, after = 10 },
  -- autorise-ou-pas: partly right: the town-hall card (8) put under "Allowed", 7 of 8 right;
  -- blind = the most common bin's share, 4/8: credit (7/8 − 1/2)/(1 − 1/2) = 0.75;
  -- 30 s of 75: 1000 × 0.75 × 0.8 = 600, no bonus
  { answer = { 1, 1, 1, 1, 2, 2, 2, 1 }, after = 30 },
  -- base64: "base 64" (accepted as written), 30 s of 60: 1000 × 0.75 = 750, first of a streak: 750
  { answer = "base 64", after = 30 },
  -- hexa: no answer before the time ran out: 0, the streak is broken
  { timeout = true },
  -- cesar: "vigie{jules}" (case does not count), 60 s of 120: 1000 × 0.75 = 750, first: 750
  { answer = "vigie{jules}", after = 60 },
  -- code-source: partly right: the password comment found, the <form> line marked by mistake:
  -- credit (1 − 0.5 × 1)/2 = 0.25; 45 s of 90: 1000 × 0.25 × 0.75 = 187.5 → 188 (halves up)
  { answer = { "body.2", "body.1" }, after = 45 },
  -- journal: right, 30 s of 75: 1000 × (1 − 0.5 × 30/75) = 800, first of a streak: 800
  { answer = { "lines.5" }, after = 30 },
  -- compte-reutilise: wrong: Inès marked, Karim missed: credit max(0, (0 − 0.5)/1) = 0: 0
  { answer = { "lines.1" }, after = 40 },
  -- vrai-expediteur: right, 45 s of 75: 1000 × 0.7 = 700, first of a streak: 700
  { answer = { "from", "reply_to", "links.1" }, after = 45 },
  -- ou-jouer: partly right: only the FCSC ticked: share (1 − 0)/2 = 1/2, blind (2 − 2)/2 = 0:
  -- credit 0.5; 9 s of 45: 1000 × 0.5 × 0.9 = 450, no bonus
  { answer = { 1 }, after = 9 },
  -- Total: 0 + 600 + 750 + 0 + 750 + 188 + 800 + 0 + 700 + 450 = 4238; right: 4.
  expect = { score = 4238, correct = 4, points = { 0, 600, 750, 0, 750, 188, 800, 0, 700, 450 } },
}
