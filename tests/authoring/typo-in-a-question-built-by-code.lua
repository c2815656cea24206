-- a question made by a function has no table of its own in the source: its lines are found by name
-- expect: 9: warning: question 2 ("made"): unknown field "corect" (did you mean "correct"?)
-- expect: 23: error: question 2 ("made"): correct is missing
local function yes_no(id, fr, en)
  return {
    id = id,
    prompt = { fr = fr, en = en },
    choices = { "Oui", "Non" },
    corect = 1,
    explain = { fr = "Parce que.", en = "Because." },
  }
end
return {
  id = "corpus",
  title = { fr = "Un corpus", en = "A corpus" },
  questions = {
    {
      prompt = { fr = "Une question ?", en = "A question?" },
      choices = { "Oui", "Non", "Peut-être" },
      correct = 1,
      explain = { fr = "Parce que.", en = "Because." },
    },
    yes_no("made", "Deux ?", "Two?"),
  },
}
