-- three right choices and one wrong: ticking all is already 2/3 of the answer
-- expect: 15: warning: question 1 ("habitudes"): 3 right choices and 1 wrong: ticking every box already gets 2/3 of the answer, so 2 right and no wrong one earns nothing
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "habitudes",
      kind = "multi",
      prompt = { fr = "Les bons réflexes ?", en = "Good habits?" },
      choices = {
        { fr = "Rappeler", en = "Call back" }, { fr = "Vérifier", en = "Check" },
        { fr = "Signaler", en = "Report" }, { fr = "Payer vite", en = "Pay fast" },
      },
      correct = { 1, 2, 3 },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
