-- expect: error "boolean value"
getmetatable("").__index.rep = nil
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
