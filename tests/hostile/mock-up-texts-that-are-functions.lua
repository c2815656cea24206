-- expect: error "not a function"
-- A voicemail whose transcript holds functions where texts go: refused, never called.
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "hotspot", prompt = "?", explain = "x",
      call = { voicemail = true, caller = "Boss", transcript = { function() while true do end end } } },
  } }
