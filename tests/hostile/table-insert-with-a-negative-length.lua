-- expect: error "length (#t, its __len) is negative"
-- A __len that answers -2 makes every position look in range to Lua's insert, which then walks
-- from -1 down to -10^15, in C.
local t = setmetatable({}, { __len = function() return -2 end })
table.insert(t, -1e15, "x")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
