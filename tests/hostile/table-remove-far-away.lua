-- expect: error "range is too large"
table.remove(setmetatable({}, { __len = function() return 1e15 end }), 1)
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
