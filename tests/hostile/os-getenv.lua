-- expect: error "field 'getenv'"
print(os.getenv("HOME"))
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
