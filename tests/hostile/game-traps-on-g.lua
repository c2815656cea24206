-- expect: ok: the engine reads and writes g raw
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      init = function(g) setmetatable(g, { __index = function() while true do end end,
        __newindex = function() while true do end end }) end,
      update = function(dt) t = t + dt; return t > 0.5 end,
      draw = function(g) g.rect(0, 0, 1, 1, "text") end,
      finish = function() return { credit = 1 } end,
    },
  },
}
