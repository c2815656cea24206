-- bin = 3 with two bins
-- expect: 14: error: question 1 ("q1"): item 3 has bin = 3; there are bins 1 to 2
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      kind = "sort",
      prompt = { fr = "Rangez", en = "Sort" },
      bins = { "Sûr", "Risqué" },
      items = {
        { text = "Un", bin = 1 },
        { text = "Deux", bin = 2 },
        { text = "Trois", bin = 3 },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
