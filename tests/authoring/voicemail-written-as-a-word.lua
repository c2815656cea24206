-- voicemail = "oui" for true: at its line
-- expect: 12: error: question 1 ("office"): call: voicemail must be true (a voicemail left) or false (a call ringing, the default)
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "office",
      kind = "hotspot",
      prompt = { fr = "Trouvez les indices", en = "Find the clues" },
      call = {
        voicemail = "oui",
        caller = { text = "Direction générale", clue = "Un nom affiché se falsifie" },
        transcript = { "Bonjour, c’est Marc." },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
