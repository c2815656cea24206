-- expect: error "budget of one frame"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      update = function(dt) while true do end end,
      draw = function(g) end, finish = function() return { credit = 1 } end,
    },
  },
}
