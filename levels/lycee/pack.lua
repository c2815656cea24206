-- Manifest of the lycee pack: a school year of short rounds for high-school students, played in
-- class. Spoken to as "tu". The teacher's guide is GUIDE.md.
return {
  id = "lycee",
  title = { fr = "Lycée", en = "High school" },
  description = {
    fr = "Douze parties de 10 à 15 minutes pour l'année : hameçonnage, comptes et mots de passe, ce qu'on publie, harcèlement, vrai ou généré, IA et devoirs, téléphone et Wi-Fi, jeux, données et droits.",
    en = "Twelve 10 to 15-minute rounds for the year: phishing, accounts and passwords, what you post, harassment, real or generated, AI and homework, phone and Wi-Fi, games, data and rights.",
  },
  audience = { "lycee" },
  version = "2.0",
  authors = { "Vigie contributors" },
  licence = "CC BY-SA 4.0",
  levels = {
    "phishing-basics.lua",
    "arnaques-en-action.lua",
    "comptes-et-cles.lua",
    "ce-que-je-publie.lua",
    "harcelement.lua",
    "vrai-ou-genere.lua",
    "ia-et-devoirs.lua",
    "chatbot-invente.lua",
    "appareils-et-wifi.lua",
    "arnaques-dans-les-jeux.lua",
    "inbox-triage.lua",
    "mes-donnees-mes-droits.lua",
  },
}
