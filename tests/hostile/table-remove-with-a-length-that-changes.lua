-- expect: ok: the length is asked once; Lua's own remove would ask again and get 10^15
local calls = 0
local t = setmetatable({ "x" }, { __len = function()
  calls = calls + 1
  return calls == 1 and 1 or 1e15
end })
assert(table.remove(t, 1) == "x" and calls == 1 and rawget(t, 1) == nil)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
