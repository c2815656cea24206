-- expect: error "<close>"
do
  local x <close> = setmetatable({}, { __close = function() while true do end end })
end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
