-- expect: error "in the level's folder"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      images = { "../../../../etc/passwd" },
      draw = function(g) g.image("../../../../etc/passwd", 0, 0, 10, 10) end,
      finish = function() return { credit = 1 } end,
    },
  },
}
