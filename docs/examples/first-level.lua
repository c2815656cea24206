-- docs/examples/first-level.lua — the worked example of docs/authoring.md.
return {
  id = "passwords-first-steps",
  title = { fr = "Mots de passe : premiers pas", en = "Passwords: first steps" },
  description = {
    fr = "Trois questions pour des mots de passe solides.",
    en = "Three questions for strong passwords.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "length",
      kind = "choice",
      prompt = {
        fr = "Qu’est-ce qui rend un mot de passe le plus difficile à deviner ?",
        en = "What makes a password hardest to guess?",
      },
      choices = {
        { fr = "Sa longueur", en = "Its length" },
        { fr = "Un chiffre à la fin", en = "A digit at the end" },
        { fr = "Le prénom de son chat", en = "Your cat’s name" },
      },
      correct = 1,
      explain = {
        fr = "Chaque caractère en plus multiplie le nombre d’essais nécessaires. Un chiffre ajouté à la fin est le premier essai des pirates.",
        en = "Each extra character multiplies the number of guesses needed. A digit added at the end is the first thing attackers try.",
      },
      source = "ANSSI",
      time = 20,
    },
    {
      id = "reuse",
      kind = "truefalse",
      prompt = {
        fr = "Utiliser le même mot de passe partout est sans risque s’il est long.",
        en = "Using the same password everywhere is safe if it is long.",
      },
      correct = false,
      explain = {
        fr = "Si un seul site se fait voler ses données, ce mot de passe ouvre tous tes comptes. Un gestionnaire de mots de passe retient les autres pour toi.",
        en = "If one site gets breached, that password opens all your accounts. A password manager remembers the others for you.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 15,
    },
    {
      id = "good-habits",
      kind = "multi",
      prompt = { fr = "Quelles habitudes protègent tes comptes ?", en = "Which habits protect your accounts?" },
      choices = {
        { fr = "Activer la double authentification", en = "Turn on two-factor authentication" },
        { fr = "Noter ses mots de passe sous le clavier", en = "Write passwords under the keyboard" },
        { fr = "Utiliser un gestionnaire de mots de passe", en = "Use a password manager" },
        { fr = "Ajouter un 1 à la fin chaque mois", en = "Add a 1 at the end every month" },
      },
      correct = { 1, 3 },
      explain = {
        fr = "La double authentification bloque un voleur qui connaît ton mot de passe, et un gestionnaire en crée de solides pour chaque site.",
        en = "Two-factor authentication stops a thief who knows your password, and a manager makes a strong one for each site.",
      },
      source = "ANSSI",
      time = 25,
    },
  },
}
