-- expect: ok (the trick is harmless here)
local co = coroutine.create(function() end)
for i = 1, 1e4 do coroutine.close(co) end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
