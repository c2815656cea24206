-- expect: ok: coordinates and sizes are kept in bounds
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      update = function(dt) t = t + dt; return t > 0.5 end,
      draw = function(g) g.rect(0/0, 1/0, -1/0, 1e308, "text"); g.circle(1e308, -1e308, 1/0, "accent")
        g.text("x", 0, 0, 1e308, 1e308, { size = 0/0 }); g.line(0, 0, 1/0, 0/0, "text", 1e308) end,
      finish = function() return { credit = 1 } end,
    },
  },
}
