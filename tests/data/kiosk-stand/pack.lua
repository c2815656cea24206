-- A small stand pack for the kiosk's tests (tests/render/test_kiosk*.c): two short rounds of
-- timed questions, as the stand's are made (levels/stand/ is the real one).
return {
  id = "stand",
  title = { fr = "Stand (test)", en = "Stand (test)" },
  description = { fr = "Deux manches courtes pour les tests du kiosque.",
                  en = "Two short rounds for the kiosk's tests." },
  version = "1.0",
  authors = { "Vigie contributors" },
  licence = "CC BY-SA 4.0",
  levels = { "round-a.lua", "round-b.lua" },
}
