-- expect: error "budget of one frame"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      input = function(e) while true do end end,
      update = function(dt) t = t + dt; return t > 5 end,
      draw = function(g) end, finish = function() return { credit = 1 } end,
    },
  },
}
