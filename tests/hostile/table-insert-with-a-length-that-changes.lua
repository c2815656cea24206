-- expect: ok: the length is asked once; Lua's own insert would ask again and get 10^15
local calls = 0
local t = setmetatable({}, { __len = function()
  calls = calls + 1
  return calls == 1 and 0 or 1e15
end })
table.insert(t, 1, "x")
assert(rawget(t, 1) == "x" and calls == 1)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
