-- expect: line 8: a comma is probably missing at the end of this line (between two fields of a table).
return {
  id = "fraude-president",
  title = { fr = "Fraude au président", en = "CEO fraud" },
  questions = {
    { id = "q1", kind = "truefalse",
      prompt = { fr = "Un virement urgent demandé par mail est normal.", en = "An urgent transfer asked by e-mail is normal." },
      correct = false

      -- the explanation
      explain = { fr = "Toujours rappeler.", en = "Always call back." } },
  },
}
