-- expect: error "range is too large"
table.insert(setmetatable({}, { __len = function() return 1e15 end }), 1, "x")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
