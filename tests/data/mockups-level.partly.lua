-- SMS: 2 of 3 clues, no wrong mark, after 30 s of 60: 2/3 × 0.75 = 500.
-- Web page: the address bar only, and the button marked wrongly: (1 − 0.5)/2 × 0.75 = 188.
return {
  { answer = { "from", "links.1" }, after = 30 },
  { answer = { "url", "button" }, after = 30 },
  expect = { score = 688, correct = 0, points = { 500, 188 } },
}
