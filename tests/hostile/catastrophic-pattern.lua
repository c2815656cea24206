-- expect: error "pattern could take too long"
string.rep("a", 3000):find(".-.-.-.-.-b")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
