-- a typo in a field of the level
-- expect: 5: warning: level: unknown field "descripton" (did you mean "description"?)
return {
  id = "corpus",
  descripton = "Un niveau",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 1,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
