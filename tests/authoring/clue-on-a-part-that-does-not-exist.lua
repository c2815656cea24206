-- a clue on a signature, which a mail does not have
-- expect: 13: error: question 1 ("mail"): the mail has no part "signature": its clue would never be shown; its parts are from, reply_to, subject, date, body, links, attachments
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
        signature = { text = "Le service client", clue = "Pas de nom" },
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
