-- expect: error "attempt to index"
local function f() local _ENV = nil; return print end
f()
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
