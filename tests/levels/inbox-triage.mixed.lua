-- Scripted run of levels/lycee/inbox-triage.lua with a mix of outcomes, keys and taps.
-- A tap on the start button (600, 512) starts the game at 0.5 s: message 1 arrives then. A
-- message answered at A brings the next one at A + 1 (its verdict shows for 1 s). Message 5
-- is left alone: it arrives at 12.5 s, expires after its 9 s (11 − 0.5 × 4) at 21.5 s, and
-- message 6 arrives at 22.5 s; from then on, answers every 3 s from 24.5 s.
-- Buttons: « Garder » is (100…570, 452…572), « Signaler » (630…1100, 452…572).
return {
  { play = {
      { at = 0.5, tap = { 600, 512 } },  -- « C'est parti ! »
      { at = 2.5, key = "left" },        -- 1 Inès, genuine, kept: right
      { at = 5.5, tap = { 865, 512 } },  -- 2 parcel fee, scam, reported (tap): right
      { at = 8.5, key = "right" },       -- 3 teacher, genuine, reported: wrong
      { at = 11.5, key = "s" },          -- 4 "Pixora", scam, reported (S): right
      -- 5 "tax refund", scam: nothing, it expires at 21.5 s: missed
      { at = 24.5, tap = { 335, 512 } }, -- 6 bank alert, genuine, kept (tap): right
      { at = 27.5, key = "k" },          -- 7 Léa's code, scam, kept (K): wrong
      { at = 30.5, key = "g" },          -- 8 school app, genuine, kept (G): right
      { at = 33.5, tap = { 335, 512 } }, -- 9 Colis Rapide, genuine, kept (tap): right
      { at = 36.5, key = "right" },      -- 10 "CAF" grant, scam, reported: right
    } },
  -- By hand: 7 messages of 10 sorted right (1, 2, 4, 6, 8, 9, 10), credit 0.7;
  -- a game scores round(1000 × 0.7) = 700, not fully right, so no streak bonus.
  expect = { score = 700, correct = 0, points = { 700 } },
}
