-- expect: error "range is too large"
table.concat({}, "", 1, 1e15)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
