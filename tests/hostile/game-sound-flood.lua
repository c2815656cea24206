-- expect: ok: sounds past eight a frame are dropped
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      update = function(dt) for i = 1, 1e5 do G.sound("click") end t = t + dt; return t > 0.5 end,
      init = function(g) G = g end,
      draw = function(g) end, finish = function() return { credit = 1 } end,
    },
  },
}
