-- expect: error "was stopped"
return {
  id = "hostile", title = "Hostile",
  questions = { { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" } },
  score = function() while true do end end,
}
