-- expect: error "more than 2000 shapes"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      draw = function(g) for i = 1, 1e7 do g.rect(0, 0, 10, 10, "text") end end,
      finish = function() return { credit = 1 } end,
    },
  },
}
