-- expect: error "<close>"
do
  local x < --[[ hidden ]] close > = nil
end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
