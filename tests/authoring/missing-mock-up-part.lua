-- a mail without its subject: at the mail's line
-- expect: 11: error: question 1 ("mail"): the mail needs subject
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "mail",
      kind = "hotspot",
      prompt = { fr = "Trouvez les indices", en = "Find the clues" },
      mail = {
        from = { name = "Banque", address = "service@banque-fr.example", clue = "Le domaine" },
        body = {
          "Bonjour,",
          { text = "Voici notre nouveau RIB.", clue = "Un RIB qui change" },
        },
        attachments = { { name = "rib.pdf" } },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
