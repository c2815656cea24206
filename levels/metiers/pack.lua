-- Manifest of the metiers pack: the jobs of cybersecurity and AI, for lycée students choosing a
-- path and adults changing careers. Figures from the Hauts-de-Seine diagnostic are regional.
-- Spoken to as "vous".
return {
  id = "metiers",
  title = { fr = "Métiers de la cyber et de l’IA", en = "Careers in cyber and AI" },
  description = {
    fr = "Cinq parties de 10 à 15 minutes pour découvrir les métiers de la cybersécurité et de l’IA : qui fait quoi, les profils et les compétences, changer de voie, où se former, et un défi de capture du drapeau.",
    en = "Five 10 to 15-minute rounds to discover the jobs of cybersecurity and AI: who does what, profiles and skills, switching careers, where to train, and a capture-the-flag challenge.",
  },
  audience = { "metiers" },
  register = "vous",
  version = "1.0",
  authors = { "Vigie contributors" },
  licence = "CC BY-SA 4.0",
  levels = {
    "qui-fait-quoi.lua",
    "profils-et-competences.lua",
    "se-reconvertir.lua",
    "ou-se-former.lua",
    "defi-ctf.lua",
  },
}
