-- expect: error "was stopped"
local co = coroutine.create(function() while true do end end)
while true do pcall(coroutine.resume, co) end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
