-- Scripted run of levels/lycee/phishing-basics.lua: every answer right, in the level's order.
return {
  { answer = 2, after = 6 },            -- sender-address
  { answer = 3, after = 9.5 },          -- lookalike-domain
  { answer = false, after = 4 },        -- padlock-https
  { answer = 1, after = 7 },            -- check-link
  { answer = { 1, 3, 4 }, after = 14 }, -- email-clues
  { answer = false, after = 3.5 },      -- bank-password
  { answer = { 1, 3 }, after = 12 },    -- parcel-sms
  { answer = 2, after = 7 },            -- report-email
  { answer = "compte-client.example", after = 15 },        -- type-domain
  { answer = { "url", "body.1", "body.2" }, after = 24 },  -- fake-login: the 3 clues
  -- Worked out by hand from docs/scoring.md: 1000 × (1 − 0.5 × time/limit) + 100 per
  -- right answer in a row after the first (at most 500), rounded (halves up):
  --  1. 6 s of 30: 900                      2. 9.5 s of 35: 864.29 + 100 = 964
  --  3. 4 s of 20: 900 + 200 = 1100         4. 7 s of 35: 900 + 300 = 1200
  --  5. 14 s of 40: 825 + 400 = 1225        6. 3.5 s of 20: 912.5 + 500 = 1413
  --  7. 12 s of 40: 850 + 500 = 1350        8. 7 s of 25: 860 + 500 = 1360
  --  9. 15 s of 45: 833.33 + 500 = 1333    10. 24 s of 60: 800 + 500 = 1300
  -- Total: 900 + 964 + 1100 + 1200 + 1225 + 1413 + 1350 + 1360 + 1333 + 1300 = 12145.
  expect = { score = 12145, correct = 10,
             points = { 900, 964, 1100, 1200, 1225, 1413, 1350, 1360, 1333, 1300 } },
}
