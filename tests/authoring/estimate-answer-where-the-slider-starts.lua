-- the right value sits where the slider starts (the middle of 0..20000): points for not moving it
-- expect: 12: warning: question 1 ("virements"): the slider starts at 10,000, the middle of the scale, within close of the answer (9,800): a player who submits without moving it gets full points
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      id = "virements",
      kind = "estimate",
      prompt = { fr = "Combien ont-ils perdu ?", en = "How much did they lose?" },
      min = 0, max = 20000,
      answer = 9800,
      unit = "€", format = "plain",
      explain = { fr = "Quatre virements de 2 450 €.", en = "Four transfers of €2,450." },
    },
  },
}
