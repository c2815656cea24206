-- a clue on the chat's app, which is no part: at its line
-- expect: 12: error: question 1 ("office"): chat: app must be a plain string, the workspace's name: app = "Messagerie Dupin" (it is no part: it takes no clue)
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "office",
      kind = "hotspot",
      prompt = { fr = "Trouvez les indices", en = "Find the clues" },
      chat = {
        app = { text = "Messagerie Dupin", clue = "Une fausse messagerie" },
        from = { name = "Marc Lefèvre (PDG)", clue = "Le nom du PDG" },
        messages = { "Bonjour, vous êtes au bureau ?" },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
