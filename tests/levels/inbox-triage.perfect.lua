-- Scripted run of levels/lycee/inbox-triage.lua, every message sorted right with the arrows.
-- Enter starts the game at 0.5 s, so message 1 arrives at 0.5 s; each verdict shows for 1 s,
-- so a message answered at A brings the next one at A + 1. Answering every 3 s from 2.5 s
-- answers each message 2 s after it arrives, well within its 11 to 6.5 s.
-- By hand, from docs/minigames.md and docs/scoring.md: a game scores round(1000 × credit);
-- 10 of 10 right: credit 1 → 1000, a fully right answer (first of a streak: no bonus).
return {
  { play = {
      { at = 0.5, key = "enter" },  -- « C'est parti ! »
      { at = 2.5, key = "left" },   -- 1 Inès, genuine: keep
      { at = 5.5, key = "right" },  -- 2 parcel fee, scam: report
      { at = 8.5, key = "left" },   -- 3 teacher, genuine: keep
      { at = 11.5, key = "right" }, -- 4 "Pixora" copyright, scam: report
      { at = 14.5, key = "right" }, -- 5 "tax refund", scam: report
      { at = 17.5, key = "left" },  -- 6 bank alert, genuine: keep
      { at = 20.5, key = "right" }, -- 7 Léa asks for the code, scam: report
      { at = 23.5, key = "left" },  -- 8 school app, genuine: keep
      { at = 26.5, key = "left" },  -- 9 Colis Rapide, genuine: keep
      { at = 29.5, key = "right" }, -- 10 "CAF" grant, scam: report
    } },
  -- Total: 1000; the one question is fully right.
  expect = { score = 1000, correct = 1, points = { 1000 } },
}
