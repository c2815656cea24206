-- expect: error "pattern could take too long"
-- %b() never closes: from each of the 200,000 starts it scans to the end (2x10^10 steps).
local s = string.rep("(", 200000)
s:find("%b()")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
