-- expect: error "memory"
local t = {}
for i = 1, 1e9 do t[i] = i end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
