-- expect: error "binary chunk"
local f, e = load("\27Lua\84\0")
error(e)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
