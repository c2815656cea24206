-- expect: error "field 'execute'"
os.execute("touch pwned.txt")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
