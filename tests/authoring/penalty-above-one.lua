-- penalty = 2
-- expect: 11: error: question 1 ("q1"): penalty = 2: it is a share of one clue, 0 to 1
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      kind = "hotspot",
      prompt = { fr = "Trouvez", en = "Find" },
      image = "picture.png",
      penalty = 2,
      spots = {
        { x = 0.1, y = 0.1, w = 0.2, h = 0.2, label = "Le logo", clue = "Flou" },
        { x = 0.5, y = 0.5, w = 0.2, h = 0.2, label = "Le lien" },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
