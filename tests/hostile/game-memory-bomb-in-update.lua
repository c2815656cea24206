-- expect: error "and was stopped"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      update = function(dt) local k = {} for i = 1, 1e9 do k[i] = string.rep("x", 4096) .. i end end,
      draw = function(g) end, finish = function() return { credit = 1 } end,
    },
  },
}
