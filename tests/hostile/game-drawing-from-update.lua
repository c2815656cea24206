-- expect: error "only works inside draw"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      init = function(g) keep = g end,
      update = function(dt) keep.text("x", 0, 0, 10, 10) end,
      draw = function(g) end, finish = function() return { credit = 1 } end,
    },
  },
}
