-- All wrong or too late: every order pair reversed, every card in the wrong bin, two
-- timeouts, a wrong number.
return {
  { answer = { 4, 3, 2, 1 }, after = 10 },
  { answer = { 2, 1, 2, 1 }, after = 10 },
  { timeout = true },
  { answer = "17", after = 5 },
  { timeout = true },
  { timeout = true },
  expect = { score = 0, correct = 0, points = { 0, 0, 0, 0, 0, 0 } },
}
