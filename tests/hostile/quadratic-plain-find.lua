-- expect: error "pattern could take too long"
local hay = string.rep("a", 2e6)
hay:find(string.rep("a", 1e5) .. "b", 1, true)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
