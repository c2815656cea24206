-- seven long paragraphs: the mail cannot fit on one screen
-- expect: 15: warning: question 1 ("mail"): the mock-up holds
-- expect: 11: warning: question 1 ("mail"), fr: the mail's body.6, body.7, body.8 and attachments.1 are below the visible area
-- expect: 11: warning: question 1 ("mail"), en: the mail's body.6, body.7, body.8 and attachments.1 are below the visible area
-- expect: 11: warning: question 1 ("mail"), fr: the mail's body.5, body.6, body.7, body.8 and attachments.1 are below the visible area at 1280x720
-- expect: 11: warning: question 1 ("mail"), en: the mail's body.5, body.6, body.7, body.8 and attachments.1 are below the visible area at 1280x720
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
          "Ceci est un long paragraphe de texte qui ne tient pas. Ceci est un long paragraphe de texte qui ne tient pas.",
          "Ceci est un long paragraphe de texte qui ne tient pas. Ceci est un long paragraphe de texte qui ne tient pas.",
          "Ceci est un long paragraphe de texte qui ne tient pas. Ceci est un long paragraphe de texte qui ne tient pas.",
          "Ceci est un long paragraphe de texte qui ne tient pas. Ceci est un long paragraphe de texte qui ne tient pas.",
          "Ceci est un long paragraphe de texte qui ne tient pas. Ceci est un long paragraphe de texte qui ne tient pas.",
          "Ceci est un long paragraphe de texte qui ne tient pas. Ceci est un long paragraphe de texte qui ne tient pas.",
          "Ceci est un long paragraphe de texte qui ne tient pas. Ceci est un long paragraphe de texte qui ne tient pas.",
          { text = "Voici notre nouveau RIB.", clue = "Un RIB qui change" },
        },
        attachments = { { name = "rib.pdf" } },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
