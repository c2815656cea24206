-- Scripted run of levels/pme/poste-de-travail.lua: every answer right, in the level's order.
-- Worked out by hand from docs/scoring.md: 1000 × (1 − 0.5 × time/limit) + 100 per right
-- answer in a row after the first (at most 500), rounded.
return {
  { answer = 1, after = 10 },                                    -- update-now: 25 s, 0.8 → 800
  { answer = false, after = 10 },                                -- end-of-support: 25 s, 800 + 100 = 900
  { answer = { "url", "body.1", "body.2", "button" }, after = 25 }, -- fake-update: 50 s, 750 + 200 = 950
  { answer = { 1, 2, 3 }, after = 14 },                          -- inventory: 35 s, 800 + 300 = 1100
  { answer = { "cle", "etiquette" }, after = 18 },               -- usb-parking: 45 s, 800 + 400 = 1200
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 20 },                 -- wifi-on-the-move: 50 s, 800 + 500 = 1300
  { answer = "7", after = 5 },                                   -- cnil-words: 25 s, 900 + 500 = 1400
  { answer = "Agrafe-Cerf-Volant-Mardi-Tuba", after = 30 },      -- passphrase: 91.8 bits, very strong (3 asked): 60 s, 750 + 500 = 1250
  { answer = 1, after = 12 },                                    -- password-manager: 30 s, 800 + 500 = 1300
  { answer = 1, after = 9 },                                     -- mfa: 30 s, 850 + 500 = 1350
  -- Total: 800 + 900 + 950 + 1100 + 1200 + 1300 + 1400 + 1250 + 1300 + 1350 = 11550.
  expect = { score = 11550, correct = 10,
             points = { 800, 900, 950, 1100, 1200, 1300, 1400, 1250, 1300, 1350 } },
}
