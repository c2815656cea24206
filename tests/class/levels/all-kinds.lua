-- tests/class/levels/all-kinds.lua — the live classroom's end-to-end test (tests/class/e2e/):
-- one question of each kind a phone answers, in French and English, and a mini-game that
-- `vigie host --auto` skips. The right answers are listed in the e2e test: keep them together.
local picked
return {
  id = "class-all-kinds",
  title = { fr = "Toutes les questions en classe", en = "Every question in class" },
  description = { fr = "Un exemple de chaque type, pour les tests de la classe en direct.",
                  en = "One of each kind, for the live classroom's tests." },
  audience = { "lycee" },
  questions = {
    {
      id = "length",
      kind = "choice",
      prompt = { fr = "Qu’est-ce qui rend un mot de passe difficile à deviner ?",
                 en = "What makes a password hard to guess?" },
      choices = {
        { fr = "Sa longueur", en = "Its length" },
        { fr = "Un chiffre à la fin", en = "A digit at the end" },
        { fr = "Le prénom de son chat", en = "Your cat’s name" },
        { fr = "Une majuscule au début", en = "A capital at the start" },
      },
      correct = 1,
      explain = { fr = "Chaque caractère en plus multiplie le nombre d’essais.",
                  en = "Each extra character multiplies the number of guesses." },
      time = 60,
    },
    {
      id = "reuse",
      kind = "truefalse",
      prompt = { fr = "Le même mot de passe partout, c’est sans risque s’il est long.",
                 en = "The same password everywhere is safe if it is long." },
      correct = false,
      explain = { fr = "Une seule fuite ouvre alors tous tes comptes.",
                  en = "A single breach then opens all your accounts." },
      time = 60,
    },
    {
      id = "habits",
      kind = "multi",
      prompt = { fr = "Quelles habitudes protègent tes comptes ?", en = "Which habits protect your accounts?" },
      choices = {
        { fr = "La double authentification", en = "Two-factor authentication" },
        { fr = "Noter ses mots de passe sous le clavier", en = "Passwords under the keyboard" },
        { fr = "Un gestionnaire de mots de passe", en = "A password manager" },
        { fr = "Ajouter un 1 à la fin chaque mois", en = "Add a 1 at the end every month" },
      },
      correct = { 1, 3 },
      explain = { fr = "La double authentification bloque un voleur qui connaît ton mot de passe.",
                  en = "Two-factor authentication stops a thief who knows your password." },
      time = 60,
    },
    {
      id = "ransomware-steps",
      kind = "order",
      prompt = { fr = "Un rançongiciel chiffre ton PC. Dans quel ordre agir ?",
                 en = "Ransomware encrypts your PC. In what order do you act?" },
      items = {
        { fr = "Débrancher le PC du réseau", en = "Unplug the PC from the network" },
        { fr = "Prévenir le responsable informatique", en = "Warn the IT manager" },
        { fr = "Restaurer depuis une sauvegarde saine", en = "Restore from a clean backup" },
      },
      explain = { fr = "D’abord isoler, puis alerter, et seulement ensuite restaurer.",
                  en = "First isolate, then alert, and only then restore." },
      time = 60,
    },
    {
      id = "personal-data",
      kind = "sort",
      prompt = { fr = "Donnée personnelle ou non ?", en = "Personal data or not?" },
      bins = { { fr = "Personnelle", en = "Personal" }, { fr = "Pas personnelle", en = "Not personal" } },
      items = {
        { text = { fr = "Une adresse IP", en = "An IP address" }, bin = 1 },
        { text = { fr = "La météo de Paris", en = "The weather in Paris" }, bin = 2 },
        { text = { fr = "Une photo de classe", en = "A class photo" }, bin = 1 },
      },
      explain = { fr = "Une donnée est personnelle dès qu’elle permet d’identifier quelqu’un.",
                  en = "Data is personal as soon as it can identify someone." },
      time = 60,
    },
    {
      id = "report-site",
      kind = "input",
      prompt = { fr = "Sur quel site signaler un e-mail d’hameçonnage ?", en = "Which website takes reports of phishing emails?" },
      accept = { "signal-spam.fr", "signal spam", "signal-spam" },
      explain = { fr = "Signal Spam reçoit les e-mails frauduleux.", en = "Signal Spam collects fraudulent emails." },
      time = 60,
    },
    {
      id = "crack-time",
      kind = "estimate",
      prompt = { fr = "Combien de secondes pour casser « azerty123 » ?",
                 en = "How many seconds to crack “azerty123”?" },
      min = 0.001, max = 1e9, answer = 0.1, log = true,
      unit = { fr = "s", en = "s" },
      explain = { fr = "Un mot de passe court et courant tombe en moins d’une seconde.",
                  en = "A short, common password falls in under a second." },
      time = 60,
    },
    {
      id = "passphrase",
      kind = "password",
      prompt = { fr = "Invente une phrase de passe solide : plusieurs mots.",
                 en = "Make up a strong passphrase: several words." },
      strength = 3,
      explain = { fr = "Quatre mots sans lien valent mieux qu’un mot avec des chiffres.",
                  en = "Four unrelated words beat one word with digits." },
      time = 60,
    },
    {
      id = "parcel-sms",
      kind = "hotspot",
      prompt = { fr = "Touche les indices d’arnaque dans ce SMS, puis valide.",
                 en = "Tap the scam clues in this text message, then submit." },
      sms = {
        from = { text = "+33 7 56 12 89 40",
                 clue = { fr = "Un numéro mobile inconnu, pas le nom du transporteur.",
                          en = "An unknown mobile number, not the carrier's name." } },
        messages = {
          { text = { fr = "Votre colis est en attente. Des frais de 1,99 € restent à régler.",
                     en = "Your parcel is waiting. A fee of €1.99 is still due." },
            clue = { fr = "De petits frais inattendus servent à voler ta carte bancaire.",
                     en = "Small unexpected fees are bait to steal your card details." } },
          { fr = "Bonne journée.", en = "Have a nice day." },
        },
        links = {
          { text = "colis-suivi-fr.info/pay", url = "https://colis-suivi-fr.info/pay",
            clue = { fr = "Ce n’est pas le site du transporteur.", en = "This is not the carrier's website." } },
        },
      },
      explain = { fr = "Ne clique pas : vérifie dans l’appli du transporteur.",
                  en = "Don't tap: check in the carrier's app." },
      time = 60,
    },
    {
      id = "catch",
      kind = "game",
      prompt = { fr = "Quel lien est piégé ?", en = "Which link is a trap?" },
      explain = { fr = "Lis le domaine de droite à gauche.", en = "Read the domain from right to left." },
      time = 30,
      init = function(game) picked = nil end,
      input = function(e)
        if e.type == "key" and (e.key == "1" or e.key == "2") then picked = tonumber(e.key) end
        return picked ~= nil
      end,
      draw = function(g)
        g.text({ fr = "1. impots.gouv.fr   2. impots.gouv.fr.example", en = "1. impots.gouv.fr   2. impots.gouv.fr.example" },
          0, 40, g.width, 60, { size = 36, align = "center" })
      end,
      finish = function(timeout)
        return { credit = picked == 2 and 1 or 0 }
      end,
    },
  },
}
