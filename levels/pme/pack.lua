-- Manifest of the pme pack: one-hour awareness sessions for the staff of small companies
-- (TPE-PME), led by a trainer. Spoken to as "vous". The trainer's guide is GUIDE.md.
return {
  id = "pme",
  title = { fr = "PME : la sécurité au bureau", en = "Small business: security at work" },
  description = {
    fr = "Huit parties de 8 à 12 minutes pour les équipes des petites entreprises : fraude au virement, hameçonnage, rançongiciel, poste de travail, télétravail, IA générative, données personnelles, et que faire après un incident.",
    en = "Eight 8 to 12-minute rounds for the staff of small companies: payment fraud, phishing, ransomware, the workstation, remote work, generative AI, personal data, and what to do after an incident.",
  },
  audience = { "pme" },
  register = "vous",
  version = "1.0",
  authors = { "Vigie contributors" },
  licence = "CC BY-SA 4.0",
  levels = {
    "fraude-virement.lua",
    "hameconnage-travail.lua",
    "rancongiciel.lua",
    "poste-de-travail.lua",
    "teletravail.lua",
    "ia-generative.lua",
    "donnees-personnelles.lua",
    "apres-incident.lua",
  },
}
