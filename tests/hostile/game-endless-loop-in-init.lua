-- expect: error "was stopped"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      init = function(g) while true do end end,
      draw = function(g) end, finish = function() return { credit = 1 } end,
    },
  },
}
