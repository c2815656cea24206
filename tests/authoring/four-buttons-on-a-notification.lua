-- four buttons where a notification shows three: at the list's line
-- expect: 15: error: question 1 ("office"): actions has 4 entries; the notification shows 3 at most
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "office",
      kind = "hotspot",
      prompt = { fr = "Trouvez les indices", en = "Find the clues" },
      notification = {
        app = "SecurAuth",
        title = { text = "Approuver la connexion ?", clue = "Une demande que vous n’avez pas faite" },
        body = { "Compte : c.martin@dupin.example" },
        actions = { "Refuser", "Plus tard", "Signaler", "Approuver" },
      },
      explain = { fr = "Parce que.", en = "Because." },
    },
  },
}
