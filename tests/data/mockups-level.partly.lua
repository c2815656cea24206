-- SMS: 2 of 3 clues, no wrong mark, after 30 s of 60: 2/3 × 0.75 = 500.
-- Web page: the address bar only, and the button marked wrongly: (1 − 0.5)/2 × 0.75 = 188.
-- Post: the author and the link (2 of 4 clues) and the likes wrongly:
-- (2 − 0.5)/4 × 0.75 × 1000 = 281.25, so 281.
return {
  { answer = { "from", "links.1" }, after = 30 },
  { answer = { "url", "button" }, after = 30 },
  { answer = { "author", "links.1", "likes" }, after = 30 },
  expect = { score = 969, correct = 0, points = { 500, 188, 281 } },
}
