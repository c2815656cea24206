-- clues for clue on a spot: the spot would be a decoy that costs points
-- expect: 13: error: question 1 ("q1"): spots.2: unknown field "clues" (did you mean "clue"?): without its clue this part is a decoy, and a player who marks it loses points
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
        { x = 0.5, y = 0.5, w = 0.2, h = 0.2, label = "Le lien", clues = "Un faux domaine" },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
