-- A level with pictures, for the image tests: one found, one missing (a warning, and a
-- placeholder in the game), and clues to spot on a picture. vigie-title.png and
-- sms-screenshot.png are screenshots of Vigie itself.
return {
  id = "images",
  title = { fr = "Images", en = "Pictures" },
  questions = {
    { prompt = { fr = "Que montre cette image ?", en = "What does this picture show?" },
      image = "vigie-title.png",
      choices = { { fr = "Le titre du jeu", en = "The game's title" }, { fr = "Un e-mail", en = "An email" } },
      correct = 1, explain = { fr = "C’est l’écran titre.", en = "It is the title screen." } },
    { prompt = { fr = "Et celle-ci ?", en = "And this one?" },
      image = "not-there.png",
      choices = { "A", "B" }, correct = 2, explain = "x" },
    { kind = "hotspot",
      prompt = { fr = "Une amie t’envoie cette capture. Touche les indices d’arnaque.",
                 en = "A friend sends you this screenshot. Tap the scam clues." },
      image = "sms-screenshot.png",
      spots = {
        { x = 0.03, y = 0.03, w = 0.95, h = 0.115,
          label = { fr = "Le numéro de l’expéditeur", en = "The sender's number" },
          clue = { fr = "Un numéro mobile inconnu, pas le nom du transporteur.",
                   en = "An unknown mobile number, not the carrier's name." } },
        { x = 0.033, y = 0.213, w = 0.76, h = 0.287,
          label = { fr = "Les frais à régler", en = "The fee to pay" },
          clue = { fr = "De petits frais inattendus servent à voler ta carte bancaire.",
                   en = "Small unexpected fees are bait to steal your card details." } },
        { x = 0.033, y = 0.523, w = 0.512, h = 0.109,
          label = { fr = "Bonne journée", en = "Have a nice day" } },
        { x = 0.033, y = 0.657, w = 0.654, h = 0.199,
          label = { fr = "Le lien", en = "The link" },
          clue = { fr = "Ce n’est pas le site du transporteur.", en = "This is not the carrier's website." } },
      },
      explain = { fr = "Une capture se lit comme le vrai message : mêmes indices, même prudence.",
                  en = "A screenshot reads like the real message: same clues, same care." },
      time = 60 },
  },
}
