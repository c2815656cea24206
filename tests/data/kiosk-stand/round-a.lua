-- Round A of the kiosk's test pack: three timed questions.
return {
  id = "round-a",
  title = { fr = "Arnaque ou pas ?", en = "Scam or not?" },
  description = { fr = "Trois questions rapides.", en = "Three quick questions." },
  questions = {
    {
      id = "parcel",
      prompt = { fr = "Un SMS demande 1,99 € pour débloquer un colis. Que faire ?",
                 en = "A text asks for €1.99 to release a parcel. What do you do?" },
      choices = { { fr = "Payer, ce n’est pas cher", en = "Pay, it is cheap" },
                  { fr = "Supprimer et signaler au 33700", en = "Delete it, report it to 33700" },
                  { fr = "Cliquer pour voir", en = "Tap the link to see" } },
      correct = 2,
      explain = { fr = "Le 33700 reçoit les SMS d’arnaque.", en = "33700 takes scam texts in France." },
      time = 20,
    },
    {
      id = "bank-call",
      kind = "truefalse",
      prompt = { fr = "Ta banque peut te demander ton code par téléphone.",
                 en = "Your bank may ask for your PIN on the phone." },
      correct = false,
      explain = { fr = "Jamais : raccroche et rappelle ton agence.", en = "Never: hang up and call your branch." },
      time = 20,
    },
    {
      id = "password",
      prompt = { fr = "Quel mot de passe tient le mieux ?", en = "Which password holds best?" },
      choices = { { fr = "Soleil2024", en = "Sunshine2024" },
                  { fr = "cheval-agrafe-pile-correct", en = "horse-staple-battery-correct" },
                  { fr = "123456", en = "123456" } },
      correct = 2,
      explain = { fr = "Long et sans rapport avec toi.", en = "Long, and nothing to do with you." },
      time = 20,
    },
  },
}
