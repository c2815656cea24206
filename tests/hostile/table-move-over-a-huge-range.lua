-- expect: error "range is too large"
table.move({}, 1, 1e15, 2)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
