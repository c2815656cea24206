-- a text with French only
-- expect: 11: warning: question 1 ("q1"): explain has no English (en) translation
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 1,
      explain = { fr = "Parce que." },
    },
  },
}
