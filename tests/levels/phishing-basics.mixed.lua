-- Scripted run of levels/lycee/phishing-basics.lua with a mix of outcomes, in the level's order.
return {
  { answer = 2, after = 8 },            -- sender-address: right
  { answer = 1, after = 15 },           -- lookalike-domain: wrong (the subdomain trap)
  { answer = false, after = 6.5 },      -- padlock-https: right
  { timeout = true },                   -- check-link: no answer before time ran out
  { answer = { 1, 4 }, after = 21 },    -- email-clues: partly right (misses 3, no wrong pick)
  { answer = true, after = 5 },         -- bank-password: wrong
  { answer = { 1, 3 }, after = 18 },    -- parcel-sms: right
  { answer = 1, after = 10 },           -- report-email: wrong (33700 is for texts)
  { answer = "horizon.example", after = 20 },              -- type-domain: wrong (the path's decoy)
  { answer = { "url", "body.2", "title" }, after = 30 },   -- fake-login: 2 clues of 3, 1 wrong mark
  -- By hand: 1000 × (1 − 0.5 × 8/30) = 867; padlock 1000 × (1 − 0.5 × 6.5/20) = 838 (the
  -- streak was broken before: no bonus); the timeout: 0; multi 2 of 3 found = 2/3, over
  -- ticking all 5, (3 − 2)/3 = 1/3: (2/3 − 1/3)/(1 − 1/3) = 1/2 × 1000 × (1 − 0.5 × 21/40)
  -- = 368.75 → 369, no bonus; parcel 1000 × (1 − 0.5 × 18/40) = 775 (a new streak of 1);
  -- an input is right or wrong: 0; hotspot (2 − 0.5 × 1)/3 = 0.5 × 1000 × (1 − 0.5 × 30/60)
  -- = 375. Total 867 + 838 + 369 + 775 + 375 = 3224; right: sender, padlock, parcel.
  expect = { score = 3224, correct = 3, points = { 867, 0, 838, 0, 369, 0, 775, 0, 0, 375 } },
}
