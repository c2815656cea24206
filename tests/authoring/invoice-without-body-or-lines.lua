-- an invoice with a total but no body and no lines: at the document's line
-- expect: 11: error: question 1 ("office"): the document needs body = { … } (its paragraphs) or lines = { … } (an invoice's lines), or both
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "office",
      kind = "hotspot",
      prompt = { fr = "Trouvez les indices", en = "Find the clues" },
      document = {
        letterhead = "Fournitures Dupin SARL",
        total = { text = "1 248,00 €", clue = "Un montant sans détail" },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
