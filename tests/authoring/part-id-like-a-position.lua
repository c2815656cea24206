-- id = "body.2": ids cannot look like a position
-- expect: 16: error: question 1 ("mail"): body.2: id = "body.2": a part's id is 1 to 23 lower-case letters, digits and dashes
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
        subject = "Vos coordonnées",
        body = {
          "Bonjour,",
          { text = "Voici notre nouveau RIB.", clue = "Un RIB qui change", id = "body.2" },
        },
        attachments = { { name = "rib.pdf" } },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
