-- expect: error "forged"
error("the level ran for more than 1 ms and was stopped (forged)")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
