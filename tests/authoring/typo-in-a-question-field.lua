-- corect = 1: a warning at its line, and correct is missing at the question's line
-- expect: 18: warning: question 2 ("second"): unknown field "corect" (did you mean "correct"?)
-- expect: 14: error: question 2 ("second"): correct is missing: give the number of the right choice
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 1,
      explain = { fr = "Parce que.", en = "Because." },
    },
    {
      id = "second",
      prompt = { fr = "Deux ?", en = "Two?" },
      choices = { "Oui", "Non" },
      corect = 1,
      explain = { fr = "Parce que.", en = "Because." },
    },
    {
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 1,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
