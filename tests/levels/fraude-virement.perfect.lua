-- Scripted run of levels/pme/fraude-virement.lua: every answer right, in the level's order.
return {
  { answer = { "body.1", "body.2", "iban" }, after = 30 },                          -- rib-letter
  { answer = 1, after = 5 },                                                         -- callback-number
  { answer = false, after = 4 },                                                     -- supplier-mailbox
  { answer = { 1, 2, 3, 4, 5 }, after = 20 },                                        -- before-paying
  { answer = { "caller", "transcript.1", "transcript.2", "transcript.3" }, after = 24 }, -- boss-voicemail
  { answer = { 1, 2, 3 }, after = 16 },                                              -- pressure-levers
  { answer = { "from", "messages.2", "messages.3" }, after = 25 },                   -- chat-ceo
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 18 },                                     -- which-to-check
  { answer = false, after = 2 },                                                     -- four-eyes
  { answer = 1, after = 5 },                                                         -- keep-voicemail
  -- Worked out by hand from docs/scoring.md: round(1000 × (1 − 0.5 × time/limit)) + 100 per
  -- right answer in a row after the first (at most 500).
  -- rib-letter 30/60: 750 + 0 = 750; callback-number 5/25: 900 + 100 = 1000;
  -- supplier-mailbox 4/20: 900 + 200 = 1100; before-paying 20/50: 800 + 300 = 1100;
  -- boss-voicemail 24/60: 800 + 400 = 1200; pressure-levers 16/40: 800 + 500 = 1300;
  -- chat-ceo 25/50: 750 + 500 = 1250; which-to-check 18/45: 800 + 500 = 1300;
  -- four-eyes 2/20: 950 + 500 = 1450; keep-voicemail 5/25: 900 + 500 = 1400.
  -- Total 750 + 1000 + 1100 + 1100 + 1200 + 1300 + 1250 + 1300 + 1450 + 1400 = 11850.
  expect = { score = 11850, correct = 10,
             points = { 750, 1000, 1100, 1100, 1200, 1300, 1250, 1300, 1450, 1400 } },
}
