return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 1,
      explain = { fr = "Parce que.", en = "Because." },
    },
    {
      id = "mail",
      kind = "hotspot",
      prompt = { fr = "Trouvez les indices", en = "Find the clues" },
      mail = {
        from = { name = "Banque", address = "service@banque-fr.example", clue = "Le domaine", id = "domaine" },
        subject = "Vos coordonnées",
        body = {
          "Bonjour,",
          { text = "Voici notre nouveau RIB.", clue = "Un RIB qui change", id = "rib" },
        },
        attachments = { { name = "rib.pdf" } },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
    {
      kind = "sort",
      prompt = { fr = "Rangez", en = "Sort" },
      bins = { "Sûr", "Risqué" },
      items = {
        { text = "Un", bin = 1 },
        { text = "Deux", bin = 2 },
        { text = "Trois", bin = 1 },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
