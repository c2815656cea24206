-- expect: error "error object is a table"
error(setmetatable({}, { __tostring = function() error("again") end }))
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
