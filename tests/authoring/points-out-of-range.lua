-- points = -5
-- expect: 11: error: question 1 ("q1"): points = -5: it must be between 0 and 1000000
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 1,
      points = -5,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
