-- detial for detail in a chat's sender: a warning at its line
-- expect: 14: warning: question 1 ("office"): from: unknown field "detial" (did you mean "detail"?)
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "office",
      kind = "hotspot",
      prompt = { fr = "Trouvez les indices", en = "Find the clues" },
      chat = {
        from = { name = "Marc Lefèvre (PDG)",
                 clue = "Le nom du PDG",
                 detial = "Externe" },
        messages = { "Bonjour, vous êtes au bureau ?" },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
