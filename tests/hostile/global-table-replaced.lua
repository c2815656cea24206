-- expect: ok (the trick is harmless here)
setmetatable(_G, { __index = function(_, k) return nil end })
_G.print = nil
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
