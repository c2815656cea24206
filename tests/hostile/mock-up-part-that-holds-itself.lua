-- expect: error "neither fr nor en"
-- A part whose text, clue and first entry are the part itself: read once, never followed.
local loop = {}
loop[1] = loop
loop.text = loop
loop.clue = loop
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "hotspot", prompt = "?", explain = "x",
      call = { caller = loop, transcript = loop } },
  } }
