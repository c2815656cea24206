-- Scripted run of levels/lycee/chatbot-invente.lua with a mix of outcomes, keys and taps.
-- Exchange k starts at 10 × (k − 1) s; its answer is whole 3.5 s in, or at once after Enter,
-- Space or a tap. Buttons: « Fiable » (100…580, 410…520), « Inventé » (620…1100, 410…520);
-- the ways to check are three rows (100…1100) at 404, 468 and 532, each 56 high;
-- « Suivant » is (890…1180, 456…576).
return {
  { play = {
      -- 1 CNIL 1978, accurate: tapped « Fiable »: 1
      { at = 5, tap = { 340, 465 } },
      { at = 10, tap = { 1035, 530 } },
      -- 2 Hugo "quote", made up: « Inventé » (2), then « ask the chatbot » tapped: 0.5
      { at = 15, key = "2" },
      { at = 17, tap = { 600, 496 } },
      { at = 20, key = "enter" },
      -- 3 GDPR 2018, accurate: typing skipped by a tap, → then Enter on « Inventé »: 0
      { at = 21.5, tap = { 600, 250 } },
      { at = 25, key = "right" },
      { at = 25.5, key = "enter" },
      { at = 30, key = "space" },
      -- 4 "Article 99", made up: tapped « Inventé », then ↓ ↓ ↓ and Enter on the 3rd way,
      -- the official site: 1
      { at = 35, tap = { 860, 465 } },
      { at = 37, key = "down" },
      { at = 37.2, key = "down" },
      { at = 37.4, key = "down" },
      { at = 37.6, key = "enter" },
      { at = 40, tap = { 1035, 530 } },
      -- 5 ChatGPT "Google, 2008", made up: judged reliable (1): 0
      { at = 45, key = "1" },
      { at = 50, key = "enter" },
      -- 6 3018, accurate: ← then Enter on « Fiable »: 1; then « Terminer » tapped
      { at = 55, key = "left" },
      { at = 55.5, key = "enter" },
      { at = 60, tap = { 1035, 530 } },
    } },
  -- By hand: 1 + 0.5 + 0 + 1 + 0 + 1 = 3.5 of 6, credit 0.58333…;
  -- a game scores round(1000 × 3.5 / 6) = round(583.33) = 583, not fully right: no bonus.
  expect = { score = 583, correct = 0, points = { 583 } },
}
