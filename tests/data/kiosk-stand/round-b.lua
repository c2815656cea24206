-- Round B of the kiosk's test pack: three timed questions.
return {
  id = "round-b",
  title = { fr = "Le bon numéro", en = "The right number" },
  description = { fr = "Qui appeler, pour quoi.", en = "Whom to call, for what." },
  questions = {
    {
      id = "spam-sms",
      prompt = { fr = "Où transférer un SMS d’arnaque ?", en = "Where do you forward a scam text (France)?" },
      choices = { { fr = "33700", en = "33700" }, { fr = "3018", en = "3018" }, { fr = "15", en = "15" } },
      correct = 1,
      explain = { fr = "Le 33700 recueille les SMS indésirables.", en = "33700 collects unwanted texts." },
      time = 15,
    },
    {
      id = "cyberbullying",
      prompt = { fr = "Harcèlement en ligne : quel numéro ?", en = "Online bullying: which number (France)?" },
      choices = { { fr = "33700", en = "33700" }, { fr = "3018", en = "3018" }, { fr = "18", en = "18" } },
      correct = 2,
      explain = { fr = "Le 3018 aide les victimes de cyberharcèlement.", en = "3018 helps victims of online bullying." },
      time = 15,
    },
    {
      id = "hacked",
      kind = "truefalse",
      prompt = { fr = "17Cyber aide les victimes de cyberattaques.", en = "17Cyber helps victims of cyberattacks." },
      correct = true,
      explain = { fr = "17cyber.gouv.fr oriente et conseille.", en = "17cyber.gouv.fr guides and advises." },
      time = 15,
    },
  },
}
