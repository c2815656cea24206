-- expect: error "needs body = { … } (its paragraphs) or lines"
-- An invoice whose lists have metamethods that never return: the reader reads raw, so it finds
-- them empty (and says so) without calling one.
local trap = setmetatable({}, { __index = function() while true do end end,
                               __len = function() while true do end end,
                               __pairs = function() while true do end end })
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "hotspot", prompt = "?", explain = "x",
      document = { letterhead = "Dupin", body = trap, lines = trap } },
  } }
