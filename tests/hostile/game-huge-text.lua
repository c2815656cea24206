-- expect: error "too long"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      draw = function(g) g.text(string.rep("x", 1e6), 0, 0, 100, 100) end,
      finish = function() return { credit = 1 } end,
    },
  },
}
