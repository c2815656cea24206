-- expect: error "at most 24 parts"
-- A chat of a million messages: reading stops at the 25th part, whatever the list holds.
local many = {}
for i = 1, 1000000 do many[i] = "Bonjour" end
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "hotspot", prompt = "?", explain = "x",
      chat = { from = "Marc", messages = many } },
  } }
