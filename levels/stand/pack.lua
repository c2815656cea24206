-- Manifest of the stand pack: two-minute rounds for a European Cybersecurity Month stand,
-- played by passers-by on a touch screen (`vigie --kiosk`, docs/stand.md) or as duels with
-- buzzers. Each level is one round of 5 or 6 questions.
return {
  id = "stand",
  title = { fr = "Stand : deux minutes pour se protéger", en = "Stand: two minutes to stay safe" },
  description = {
    fr = "Quatre manches de deux minutes pour un stand : arnaque ou pas, le bon numéro, vrai ou IA, et ton mot de passe face au compteur.",
    en = "Four two-minute rounds for an event stand: scam or not, the right number, real or AI, and your password against the meter.",
  },
  audience = { "stand" },
  version = "1.0",
  authors = { "Vigie contributors" },
  licence = "CC BY-SA 4.0",
  levels = {
    "arnaque-ou-pas.lua",
    "le-bon-numero.lua",
    "vrai-ou-ia.lua",
    "mot-de-passe.lua",
  },
}
