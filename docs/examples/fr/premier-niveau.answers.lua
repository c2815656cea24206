-- docs/examples/fr/premier-niveau.answers.lua — une partie jouée d’avance pour l’exemple suivi.
return {
  { answer = 1, after = 6 },                -- changement-rib : juste, en 6 s
  { answer = false, after = 4 },            -- virement-confidentiel : juste, en 4 s
  { answer = { "from", "subject", "rib-joint", "date" }, after = 30 },
                                            -- mail-faux-rib : 3 indices sur 4 (la pièce jointe
                                            -- par son id), et la date (pas un indice)
  { answer = { 1, 2 }, after = 10 },        -- bons-reflexes : juste, en 10 s
  { answer = { 1, 1, 2, 1 }, after = 15 },  -- a-verifier : 3 cartes sur 4 dans la bonne case
}
