-- expect: error "yield"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      update = coroutine.yield,
      draw = function(g) end, finish = function() return { credit = 1 } end,
    },
  },
}
