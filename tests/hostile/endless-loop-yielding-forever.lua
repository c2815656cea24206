-- expect: error "was stopped"
local co = coroutine.wrap(function() while true do coroutine.yield() end end)
while true do co() end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
