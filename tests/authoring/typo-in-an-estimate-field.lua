-- spred for spread
-- expect: 13: warning: question 1 ("q1"): unknown field "spred" (did you mean "spread"?)
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      kind = "estimate",
      prompt = { fr = "Combien ?", en = "How many?" },
      min = 0,
      max = 100,
      answer = 40,
      spred = 0.3,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
