-- expect: ok (the trick is harmless here)
local co, main = coroutine.running()
assert(main == true)
assert(type(co) == "thread")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
