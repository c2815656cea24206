-- expect: error "credit must be"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      update = function(dt) return true end,
      draw = function(g) end, finish = function() return { credit = "lots" } end,
    },
  },
}
