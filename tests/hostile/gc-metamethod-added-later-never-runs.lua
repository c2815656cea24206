-- expect: ok (the trick is harmless here)
local mt = {}
local t = setmetatable({}, mt)
mt.__gc = function() while true do end end
t = nil
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
