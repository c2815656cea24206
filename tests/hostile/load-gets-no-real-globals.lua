-- expect: ok (the trick is harmless here)
local f = load("return rawget(_G, 'os').execute")
assert(f() == nil)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
