-- Scripted run of levels/pme/fraude-virement.lua with a mix of outcomes, in the level's order.
return {
  { answer = { "iban", "body.2", "signature" }, after = 42 }, -- rib-letter: 2 of 3 clues, 1 decoy
  { answer = 2, after = 10 },                                 -- callback-number: wrong (the letter's line)
  { answer = false, after = 6 },                              -- supplier-mailbox: right
  { answer = { 2, 1, 3, 4, 5 }, after = 30 },                 -- before-paying: first two swapped
  { timeout = true },                                         -- boss-voicemail: time ran out
  { answer = { 1, 2, 4 }, after = 20 },                       -- pressure-levers: 2 right, 1 wrong tick
  { answer = { "from", "messages.2", "messages.3" }, after = 20 }, -- chat-ceo: right
  { answer = { 1, 1, 2, 2, 2, 2 }, after = 27 },              -- which-to-check: card 3 in the wrong bin
  { answer = true, after = 5 },                               -- four-eyes: wrong
  { answer = 1, after = 10 },                                 -- keep-voicemail: right
  -- By hand (docs/scoring.md), base 1000, speed = 1 − 0.5 × time/limit:
  -- rib-letter: (2 clues − 0.5 × 1 wrong mark)/3 = 0.5, speed 1 − 0.5 × 42/60 = 0.65 → 325;
  -- callback-number wrong → 0; supplier-mailbox 6/20 → 850 (streak starts again, no bonus);
  -- before-paying: 9 of 10 pairs in order, (0.9 − 0.5)/(1 − 0.5) = 0.8, speed 1 − 0.5 × 30/50
  -- = 0.7 → 560, no bonus (partly right); boss-voicemail timeout → 0;
  -- pressure-levers: (2 right − 1 wrong)/3 = 1/3 over a blind (3 − 3)/3 = 0, speed 0.75 → 250;
  -- chat-ceo 20/50 → 800, first of a streak; which-to-check: 5 of 6 cards, blind 3/6:
  -- (5/6 − 1/2)/(1/2) = 2/3 × (1 − 0.5 × 27/45 = 0.7) = 466.7 → 467; four-eyes wrong → 0;
  -- keep-voicemail 10/25 → 800 (streak broken before).
  -- Total 325 + 850 + 560 + 250 + 800 + 467 + 800 = 4052.
  expect = { score = 4052, correct = 3,
             points = { 325, 0, 850, 560, 0, 250, 800, 467, 0, 800 } },
}
