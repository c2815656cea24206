-- A level with the confidence rule: the player says "sure" or "not sure" with each answer.
return {
  id = "confidence",
  title = { fr = "Sûr de toi ?", en = "Are you sure?" },
  score = "confidence",
  questions = {
    {
      id = "rib",
      prompt = { fr = "Un fournisseur change de RIB par e-mail. Que faire ?",
                 en = "A supplier changes bank details by e-mail. What do you do?" },
      choices = { { fr = "Rappeler au numéro habituel", en = "Call back on the usual number" },
                  { fr = "Payer sur le nouveau RIB", en = "Pay to the new details" } },
      correct = 1,
      explain = { fr = "On vérifie toujours par un autre canal.", en = "Always check another way." },
    },
    {
      id = "ceo",
      kind = "truefalse",
      prompt = { fr = "Le PDG ne demande jamais de virement urgent et secret.",
                 en = "The CEO never asks for an urgent, secret transfer." },
      correct = true,
      explain = { fr = "L'urgence et le secret sont les signes de la fraude au président.",
                  en = "Urgency and secrecy are the signs of CEO fraud." },
    },
    {
      id = "signs",
      kind = "multi",
      prompt = { fr = "Quels signes d'une fraude ?", en = "Which are signs of fraud?" },
      choices = { { fr = "L'urgence", en = "Urgency" }, { fr = "Le secret", en = "Secrecy" },
                  { fr = "Une facture attendue", en = "An expected invoice" } },
      correct = { 1, 2 },
      explain = { fr = "Urgence et secret.", en = "Urgency and secrecy." },
    },
  },
}
