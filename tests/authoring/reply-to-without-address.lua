-- reply_to = { name = … }: it needs address
-- expect: 14: warning: question 1 ("mail"): reply_to: unknown field "name"
-- expect: 14: error: question 1 ("mail"): reply_to needs address = "…"
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
        reply_to = { name = "Banque" },
        subject = "Vos coordonnées",
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
