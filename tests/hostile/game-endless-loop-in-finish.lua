-- expect: error "was stopped"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      update = function(dt) return true end,
      draw = function(g) end, finish = function() while true do end end,
    },
  },
}
