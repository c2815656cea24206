-- expect: ok: the engine keeps the callbacks it read
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      init = function(g) local lv = debug and debug.getinfo end,
      update = function(dt) t = t + dt; return t > 0.5 end,
      draw = function(g) end, finish = function() return { credit = 0.5 } end,
    },
  },
}
