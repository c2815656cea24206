-- a missing comma: Lua's own message, at the line after it
-- expect: 9: error: '}' expected (to close '{' at line
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", en = "A question?" }
      choices = { "Oui", "Non" },
      correct = 1,
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
