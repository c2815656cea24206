-- a true/false question that kept its choices, and a choice given a scale: no typo, but nothing
-- reads them; each warned at its line with the kinds it belongs to
-- expect: 12: warning: question 1 ("vrai-faux"): true/false questions ignore choices
-- expect: 21: warning: question 2 ("choix"): unit is not a field of a choice question, it does nothing here (it is one of estimate)
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "vrai-faux",
      kind = "truefalse",
      choices = { "Vrai", "Faux" },
      prompt = { fr = "Une question ?", en = "A question?" },
      correct = true,
      explain = { fr = "Parce que.", en = "Because." },
    },
    {
      id = "choix",
      prompt = { fr = "Combien ?", en = "How many?" },
      choices = { "1", "2", "3" },
      unit = "€",
      correct = 2,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
