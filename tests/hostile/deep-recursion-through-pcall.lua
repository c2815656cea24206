-- expect: error "was stopped"
local function f() return pcall(f) and f() end
local ok = f()
error("stack overflow expected")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
