-- expect: error "pattern could take too long"
string.gsub(string.rep("a", 5000), "(.-)(.-)(.-)x", "")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
