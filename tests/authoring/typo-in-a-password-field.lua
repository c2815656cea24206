-- strenght for strength
-- expect: 10: warning: question 1 ("q1"): unknown field "strenght" (did you mean "strength"?)
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      kind = "password",
      prompt = { fr = "Un mot de passe ?", en = "A password?" },
      strenght = 4,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
