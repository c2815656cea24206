-- expect: error "was stopped"
local function f() return 1 + f() end
f()
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
