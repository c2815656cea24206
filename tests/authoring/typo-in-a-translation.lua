-- eng for en
-- expect: 9: warning: question 1 ("q1"): prompt: unknown field "eng" (did you mean "en"?)
-- expect: 9: warning: question 1 ("q1"): prompt has no English (en) translation
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", eng = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 1,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
