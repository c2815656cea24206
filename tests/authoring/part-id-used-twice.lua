-- two parts with the same id
-- expect: 16: error: question 1 ("mail"): body.2: id = "rib" is already the name of part from
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "mail",
      kind = "hotspot",
      prompt = { fr = "Trouvez les indices", en = "Find the clues" },
      mail = {
        from = { name = "Banque", address = "service@banque-fr.example", clue = "Le domaine", id = "rib" },
        subject = "Vos coordonnées",
        body = {
          "Bonjour,",
          { text = "Voici notre nouveau RIB.", clue = "Un RIB qui change", id = "rib" },
        },
        attachments = { { name = "rib.pdf" } },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
