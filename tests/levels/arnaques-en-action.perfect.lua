-- Scripted run of levels/lycee/arnaques-en-action.lua: every answer right, in the level's order.
-- Hotspot parts are named as in docs/authoring.md; order and sort answers name the items as
-- written in the level (the game shuffles them on screen only).
return {
  -- game-account-mail: the 4 clues, no wrong mark, 20 s of 75: 1000 × (1 − 0.5 × 20/75) = 866.7 → 867
  { answer = { "from", "subject", "body.2", "links.1" }, after = 20 },
  -- vitale-sms: the 4 clues (messages.1, « Bonjour, », is the decoy), 15 s of 60:
  -- 1000 × (1 − 0.5 × 15/60) = 875, + 100 (2 in a row) = 975
  { answer = { "from", "messages.2", "messages.3", "links.1" }, after = 15 },
  -- giveaway-post: the 4 clues, 18 s of 60: 1000 × 0.85 = 850, + 200 (3 in a row) = 1050
  { answer = { "author", "body.1", "links.1", "comments.1" }, after = 18 },
  -- personal-data: 6 cards of 6, 18 s of 45: 1000 × 0.8 = 800, + 300 = 1100
  { answer = { 1, 1, 1, 2, 2, 2 }, after = 18 },
  -- hacked-account: the right order, 20 s of 50: 1000 × 0.8 = 800, + 400 = 1200
  { answer = { 1, 2, 3, 4, 5 }, after = 20 },
  -- passphrase: seven words (the engine measures 127.0 bits) ≥ the 80 of strength 4 « Très
  -- solide », so full credit; 45 s of 90: 1000 × (1 − 0.5 × 45/90) = 750, + 500 = 1250
  { answer = "cornichon volcan trottinette azur girafe piano moto", after = 45 },
  -- crack-8-letters: 20 s for 26⁸/10¹⁰ = 20.9 s, well within `close`; 12 s of 40:
  -- 1000 × 0.85 = 850, + 500 (the bonus stops growing at 500) = 1350
  { answer = 20, after = 12 },
  -- deepfake-check: 7 cards of 7, 20 s of 50: 800, + 500 = 1300
  { answer = { 1, 1, 1, 1, 2, 2, 2 }, after = 20 },
  -- Total: 867 + 975 + 1050 + 1100 + 1200 + 1250 + 1350 + 1300 = 9092.
  expect = { score = 9092, correct = 8,
             points = { 867, 975, 1050, 1100, 1200, 1250, 1350, 1300 } },
}
