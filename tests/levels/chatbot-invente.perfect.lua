-- Scripted run of levels/lycee/chatbot-invente.lua, every answer judged right, keyboard only.
-- Exchange k starts at 10 × (k − 1) s (the first at 0, the next ones when Enter is pressed);
-- its answer is whole 3.5 s in. The player judges at +5 s (1 reliable, 2 made up), picks how
-- to check a made-up answer at +7 s, and goes on with Enter at +10 s.
-- By hand, from docs/minigames.md and docs/scoring.md: a game scores round(1000 × credit);
-- six answers of six fully right: credit 1 → 1000 (first of a streak: no bonus).
return {
  { play = {
      { at = 5, key = "1" },      -- 1 CNIL 1978, accurate: reliable
      { at = 10, key = "enter" },
      { at = 15, key = "2" },     -- 2 Hugo "quote", made up
      { at = 17, key = "1" },     --   check: look for it in the novel
      { at = 20, key = "enter" },
      { at = 25, key = "1" },     -- 3 GDPR 25 May 2018, accurate: reliable
      { at = 30, key = "enter" },
      { at = 35, key = "2" },     -- 4 "Article 99", made up
      { at = 37, key = "3" },     --   check: read it on an official site
      { at = 40, key = "enter" },
      { at = 45, key = "2" },     -- 5 ChatGPT "Google, 2008", made up
      { at = 47, key = "2" },     --   check: an encyclopedia or the news
      { at = 50, key = "enter" },
      { at = 55, key = "1" },     -- 6 3018, accurate: reliable
      { at = 60, key = "enter" }, -- « Terminer »: the game is over
    } },
  -- Total: 1000; the one question is fully right.
  expect = { score = 1000, correct = 1, points = { 1000 } },
}
