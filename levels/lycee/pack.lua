-- Manifest of the lycee pack: short rounds for high-school students, played in class.
return {
  id = "lycee",
  title = { fr = "Lycée", en = "High school" },
  description = {
    fr = "Des parties de 10 à 15 minutes pour prendre les bons réflexes en ligne, à jouer en classe.",
    en = "10 to 15-minute rounds to build good online habits, made to be played in class.",
  },
  audience = { "lycee" },
  version = "1.0",
  authors = { "Vigie contributors" },
  licence = "CC BY-SA 4.0",
  levels = { "phishing-basics.lua", "arnaques-en-action.lua", "inbox-triage.lua", "chatbot-invente.lua" },
}
