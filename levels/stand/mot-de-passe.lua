-- Level "mot-de-passe" of the stand pack (passers-by at an event stand, a two-minute round).
-- Plain data only; the password meter as a challenge, the CNIL's passphrase advice, reuse, a
-- password manager and two-factor login. Six short questions for a touch screen; no picture.
-- Written for Vigie, CC BY-SA 4.0. Sources: /work/factcheck/stand/mot-de-passe.sources.md.
return {
  id = "mot-de-passe",
  title = { fr = "Ton mot de passe tient combien ?", en = "How long would your password hold?" },
  description = {
    fr = "Fais monter le compteur, puis trois réflexes pour tes comptes : deux minutes chrono.",
    en = "Push the meter up, then three habits for your accounts: two minutes flat.",
  },
  audience = { "stand" },
  questions = {
    {
      id = "meter-challenge",
      kind = "password",
      prompt = {
        fr = "Défi : fais monter le compteur jusqu’à « Solide ». Astuce : 5 ou 6 mots courts pris au hasard, séparés par des espaces.",
        en = "Challenge: push the meter up to “Strong”. Tip: 5 or 6 short random words, with spaces between them.",
      },
      strength = 3,
      explain = {
        fr = "Chaque mot ajouté fait grimper le compteur : 4 mots courants restent souvent à « Moyen », 5 ou 6 passent à « Solide ». La longueur fait la force.",
        en = "Each word you add pushes the meter up: 4 common words often stay at “Fair”, 5 or 6 reach “Strong”. Length makes strength.",
      },
      source = "CNIL, « Mots de passe : une nouvelle recommandation pour maîtriser sa sécurité » : https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-recommandation-pour-maitriser-sa-securite",
      time = 25,
    },
    {
      id = "cnil-words",
      kind = "estimate",
      prompt = {
        fr = "Si seule une phrase de passe protège ton compte, combien de mots lui faut-il au minimum, selon la CNIL ?",
        en = "If a passphrase is all that protects your account, how many words does it need at least, says the CNIL (France’s data regulator)?",
      },
      min = 2,
      max = 24,
      answer = 7,
      close = 0.03,
      spread = 0.2,
      unit = { fr = "mots", en = "words" },
      format = "plain",
      explain = {
        fr = "Sept mots au moins, d’après la CNIL. Des mots pris au hasard, et une phrase à toi : pas une citation connue.",
        en = "Seven words at least, says the CNIL. Pick random words and make the phrase yours, not a well-known quote.",
      },
      source = "CNIL, « Mots de passe : une nouvelle recommandation pour maîtriser sa sécurité » : https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-recommandation-pour-maitriser-sa-securite",
      time = 20,
    },
    {
      id = "year-password",
      kind = "truefalse",
      prompt = {
        fr = "« Soleil2024! » : majuscule, chiffres, symbole… C’est un mot de passe solide.",
        en = "“Soleil2024!”: a capital, digits, a symbol… It is a strong password.",
      },
      correct = false,
      explain = {
        fr = "Un mot connu, une année et un « ! » : ça se devine vite, et il fait 11 caractères là où la CNIL en conseille 12. Évite les années.",
        en = "A known word, a year and a “!”: quick to guess, and 11 characters where the CNIL advises 12. Leave years out.",
      },
      source = "CNIL, « Générer un mot de passe solide » : https://www.cnil.fr/fr/generer-un-mot-de-passe-solide",
      time = 15,
    },
    {
      id = "reuse",
      kind = "choice",
      prompt = {
        fr = "Le site de ton jeu s’est fait voler ses mots de passe. Tu utilises le même pour ta messagerie. Que fais-tu ?",
        en = "Your game’s website had its passwords stolen. You use the same one for your email. What do you do?",
      },
      choices = {
        { fr = "Je le change partout où il sert", en = "Change it everywhere I use it" },
        { fr = "Je le change sur le site du jeu seulement", en = "Change it on the game’s site only" },
        { fr = "J’ajoute un 1 à la fin", en = "Add a 1 at the end" },
        { fr = "J’attends de voir si on s’en sert", en = "Wait and see if someone uses it" },
      },
      correct = 1,
      explain = {
        fr = "Le voleur peut essayer ce mot de passe sur ta messagerie aussi. Change-le partout, et garde ensuite un mot de passe par site.",
        en = "The thief may try that password on your email too. Change it everywhere, then keep one password per site.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mots de passe » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe",
      time = 20,
    },
    {
      id = "manager",
      kind = "truefalse",
      prompt = {
        fr = "Un gestionnaire de mots de passe les retient pour toi : tu n’as plus qu’un mot de passe à retenir.",
        en = "A password manager remembers them for you: you only have one password left to remember.",
      },
      correct = true,
      explain = {
        fr = "Vrai : il garde un mot de passe différent par site, derrière un seul mot de passe maître. Choisis celui-là très solide.",
        en = "True: it keeps a different password for each site, behind one master password. Make that one very strong.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mots de passe » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe",
      time = 15,
    },
    {
      id = "two-factor",
      kind = "choice",
      prompt = {
        fr = "Un pirate a ton mot de passe, mais tu as activé la double authentification. Que lui manque-t-il ?",
        en = "An attacker has your password, but you turned on two-factor login. What is still missing?",
      },
      choices = {
        { fr = "Le code envoyé sur ton téléphone", en = "The code sent to your phone" },
        { fr = "Ton adresse e-mail", en = "Your email address" },
        { fr = "Ton pseudo", en = "Your username" },
        { fr = "Rien : il peut entrer", en = "Nothing: they can get in" },
      },
      correct = 1,
      explain = {
        fr = "Il lui faut aussi le code reçu sur ton téléphone. Ne le donne jamais, et active cette protection dès qu’un service la propose.",
        en = "They also need the code your phone gets. Never give it out, and turn this on wherever a service offers it.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mots de passe » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe",
      time = 20,
    },
  },
}
