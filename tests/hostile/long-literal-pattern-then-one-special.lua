-- expect: error "pattern could take too long"
-- 100,000 literal characters and one "." make a pattern, not a plain search: each of the
-- 100,000 starts compares up to 100,000 characters (10^10 steps) in one C call.
local s = string.rep("a", 200000)
s:find(string.rep("a", 100000) .. ".b")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
