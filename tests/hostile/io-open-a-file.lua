-- expect: error "global 'io'"
io.open("pwned.txt", "w"):write("x")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
