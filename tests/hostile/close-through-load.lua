-- expect: error "<close>"
local f, e = load("local x <close> = nil")
error(e)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
