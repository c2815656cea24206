-- expect: error "was stopped"
coroutine.wrap(function() while true do end end)()
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
