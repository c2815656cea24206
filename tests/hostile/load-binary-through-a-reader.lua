-- expect: error "binary chunk"
local done = false
local f, e = load(function() if done then return nil end done = true return "\27LuaT" end)
error(e)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
