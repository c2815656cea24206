-- an estimate whose answer is past max
-- expect: 12: error: question 1 ("q1"): answer = 140 is outside min..max (0 to 100)
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      kind = "estimate",
      prompt = { fr = "Combien ?", en = "How many?" },
      min = 0,
      max = 100,
      answer = 140,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
