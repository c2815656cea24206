-- Manifest of the lycee pack: a school year of short rounds for high-school students, played in
-- class. Spoken to as "tu". The teacher's guide is GUIDE.md.
return {
  id = "lycee",
  title = { fr = "Lycée", en = "High school" },
  description = {
    fr = "Douze parties de 10 à 15 minutes pour une année de lycée : hameçonnage, comptes et mots de passe, ce qu'on publie, harcèlement, vrai ou généré, l'IA et les devoirs, le téléphone et le Wi-Fi, les arnaques dans les jeux, ses données et ses droits.",
    en = "Twelve 10 to 15-minute rounds for a year of high school: phishing, accounts and passwords, what you post, harassment, real or generated, AI and homework, your phone and Wi-Fi, scams in games, your data and your rights.",
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
