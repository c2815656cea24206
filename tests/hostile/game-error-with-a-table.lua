-- expect: error "error object is a table value"
local t = 0
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "game", prompt = "?", explain = "x",
      draw = function(g) error(setmetatable({}, { __tostring = function() while true do end end })) end,
      finish = function() return { credit = 1 } end,
    },
  },
}
