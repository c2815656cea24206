-- lable for label: a warning, and the label is missing
-- expect: 14: warning: question 1 ("q1"): spots.2: unknown field "lable" (did you mean "label"?)
-- expect: 14: error: question 1 ("q1"): spots.2: label (what the spot shows, for the feedback) is missing
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      kind = "hotspot",
      prompt = { fr = "Trouvez", en = "Find" },
      image = "picture.png",
      spots = {
        { x = 0.1, y = 0.1, w = 0.2, h = 0.2, label = "Le logo", clue = "Flou" },
        { x = 0.5, y = 0.5, w = 0.2, h = 0.2, lable = "Le lien" },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
