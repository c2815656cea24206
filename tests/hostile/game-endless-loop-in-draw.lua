-- expect: error "budget of one frame"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      draw = function(g) while true do end end,
      finish = function() return { credit = 1 } end,
    },
  },
}
