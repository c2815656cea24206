-- correct = 5 with three choices
-- expect: 10: error: question 1 ("q1"): correct = 5, but there are 3 choices
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 5,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
