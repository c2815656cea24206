-- expect: error "larger than the level's memory"
local s = string.rep("x", 1e10)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
