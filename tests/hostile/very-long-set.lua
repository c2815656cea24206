-- expect: error "pattern could take too long"
-- A set of a million characters is read from end to end for each of 100,000 characters.
local set = "[" .. string.rep("b", 1000000) .. "]"
string.rep("a", 100000):find(set)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
