-- a multi's correct lists a choice that is not there
-- expect: 11: error: question 1 ("q1"): correct lists 4, but there are 3 choices
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      kind = "multi",
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = { 1, 4 },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
