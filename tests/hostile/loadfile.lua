-- expect: error "global 'loadfile'"
loadfile("/etc/passwd")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
