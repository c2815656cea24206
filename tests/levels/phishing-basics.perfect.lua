-- Scripted run of levels/lycee/phishing-basics.lua: every answer right, in the level's order.
return {
  { answer = 2, after = 6 },            -- sender-address
  { answer = 3, after = 9.5 },          -- lookalike-domain
  { answer = false, after = 4 },        -- padlock-https
  { answer = 1, after = 5.5 },          -- check-link
  { answer = { 1, 3, 4 }, after = 14 }, -- email-clues
  { answer = false, after = 3.5 },      -- bank-password
  { answer = { 1, 3 }, after = 12 },    -- parcel-sms
  { answer = 2, after = 7 },            -- report-email
  -- Worked out by hand from docs/scoring.md: 1000 × (1 − 0.5 × time/limit) + 100 per
  -- right answer in a row after the first (at most 500), rounded.
  expect = { score = 9502, correct = 8,
             points = { 900, 964, 1100, 1190, 1225, 1413, 1350, 1360 } },
}
