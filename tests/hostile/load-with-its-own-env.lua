-- expect: ok (the trick is harmless here)
local f = load("return io", "x", "t", { io = "smuggled" })
assert(f() == nil, "load ran in an environment of its own")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
