-- docs/examples/fr/a-corriger.lua — un niveau avec trois fautes, pour lire les messages de
-- `vigie check` (docs/fr/commandes.md). Ne le corrigez pas : la documentation le montre tel quel.
return {
  id = "a-corriger",
  title = { fr = "Un niveau à corriger", en = "A level to fix" },
  questions = {
    {
      id = "rappel",
      prompt = { fr = "À quel numéro rappeler un fournisseur qui change de RIB ?" },
      choices = { "Celui de l’e-mail", "Celui de votre fiche fournisseur" },
      correct = 2,
    },
    {
      id = "urgence",
      prompt = { fr = "Qui valide un virement urgent ?", en = "Who approves an urgent transfer?" },
      choices = { { fr = "Deux personnes, comme toujours", en = "Two people, as always" }, { fr = "Le dirigeant seul", en = "The CEO alone" } },
      correct = 3,
      explain = { fr = "L’urgence est le levier préféré des escrocs.", en = "Urgency is the fraudsters’ favourite lever." },
    },
  },
}
