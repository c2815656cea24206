-- expect: error "memory"
local t = {}
while true do pcall(function() for i = 1, 1e9 do t[#t + 1] = {} end end) end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
