-- bni for bin in a sort card: a warning at its line, and the card has no bin
-- expect: 14: warning: question 1 ("q1"): items 2: unknown field "bni" (did you mean "bin"?)
-- expect: 14: error: question 1 ("q1"): item 2 needs bin = 1 to 2
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
        { text = "Deux", bni = 2 },
        { text = "Trois", bin = 1 },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
