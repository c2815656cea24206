-- kind = "hotpsot": at the kind's line, the bad value quoted
-- expect: 15: error: question 2 ("mail"): unknown kind "hotpsot" (did you mean "hotspot"?); use "choice", "multi"
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
      id = "mail",
      kind = "hotpsot",
      prompt = { fr = "Deux ?", en = "Two?" },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
