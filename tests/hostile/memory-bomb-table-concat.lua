-- expect: error "memory"
local t = {}
for i = 1, 64 do t[i] = string.rep("x", 1e6) end
local all = {}
for i = 1, 1e6 do all[i] = table.concat(t) end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
