-- time = -1
-- expect: 11: error: question 1 ("q1"): time = -1: it must be a number of seconds from 0 (untimed) to 3600
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 1,
      time = -1,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
