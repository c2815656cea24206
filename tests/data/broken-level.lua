-- A level with a mistake, for the error screen's test: `correct` names a choice that
-- does not exist.
return {
  id = "broken",
  title = { fr = "Niveau cassé", en = "Broken level" },
  questions = {
    {
      prompt = { fr = "Laquelle ?", en = "Which one?" },
      choices = { "A", "B", "C" },
      correct = 5,
    },
  },
}
