-- expect: error "was stopped"
while true do
  xpcall(function() while true do end end, function() while true do end end)
end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
