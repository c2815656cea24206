-- expect: ok (the trick is harmless here)
assert(string.rep("", 1e15) == "")
assert(("").rep("", 1e15, "") == "")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
