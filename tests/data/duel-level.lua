-- A level for the duel's tests (tests/render/test_duel_ui.c): three questions a buzzer can
-- answer, one it cannot (skipped), in French and English.
return {
  id = "duel",
  title = { fr = "Duel des réflexes numériques", en = "Digital reflexes duel" },
  description = { fr = "Choix et vrai ou faux, à plusieurs.", en = "Choices and true or false, together." },
  audience = { "college" },
  questions = {
    {
      id = "numero",
      kind = "choice",
      prompt = { fr = "Un compte bancaire piraté : quel numéro appeler pour faire opposition sur la carte ?",
                 en = "A hacked bank account: which number do you call to block the card?" },
      choices = {
        { fr = "Le 17", en = "17 (police)" },
        { fr = "Le numéro d’opposition de la banque", en = "The bank’s card-blocking number" },
        { fr = "Le numéro donné dans le SMS reçu", en = "The number in the text message" },
        { fr = "Le 3018", en = "3018" },
      },
      correct = 2,
      explain = { fr = "On fait opposition auprès de sa banque, sur un numéro connu : jamais celui d’un message reçu.",
                  en = "You block the card with your bank, on a number you know: never one from a message." },
      source = "Cybermalveillance.gouv.fr",
      time = 15,
    },
    {
      id = "ordre",
      kind = "order",
      prompt = { fr = "Remets dans l’ordre", en = "Put in order" },
      items = { { fr = "Un", en = "One" }, { fr = "Deux", en = "Two" } },
      explain = { fr = "Un puis deux.", en = "One then two." },
    },
    {
      id = "mdp",
      kind = "truefalse",
      prompt = { fr = "Un même mot de passe pour tous ses comptes, c’est risqué.",
                 en = "Using the same password for every account is risky." },
      correct = true,
      explain = { fr = "Une seule fuite suffit alors à ouvrir tous les comptes.",
                  en = "One leak is then enough to open every account." },
    },
    {
      id = "wifi",
      kind = "choice",
      prompt = { fr = "Sur un wifi public, que faut-il éviter ?", en = "On public wifi, what should you avoid?" },
      choices = {
        { fr = "Lire la météo", en = "Reading the weather" },
        { fr = "Se connecter à sa banque", en = "Logging in to your bank" },
      },
      correct = 2,
      explain = { fr = "Un réseau ouvert peut être écouté ou imité : les comptes sensibles attendent un réseau de confiance.",
                  en = "An open network can be snooped on or faked: sensitive accounts wait for a trusted network." },
      time = 20,
    },
  },
}
