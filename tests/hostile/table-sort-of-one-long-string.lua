-- expect: error "was stopped"
-- A million references to one 1 MiB string: each comparison reads it whole, in C, with no
-- instruction in between for the hook (about 2x10^7 comparisons of 1 MiB).
local big = string.rep("x", 1 << 20)
local t = {}
for i = 1, 1000000 do t[i] = big end
table.sort(t)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
