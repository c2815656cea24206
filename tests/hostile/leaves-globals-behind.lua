-- expect: ok (the trick is harmless here)
leaked = true
string.rep = nil
math.pi = 3
table.insert = print
rawset(_G, "print", nil)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
