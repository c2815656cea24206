-- expect: error "keep it under 80"
-- A chat's app name of ten megabytes: refused by its size, never drawn.
return {
  id = "hostile", title = "Hostile", questions = {
    { kind = "hotspot", prompt = "?", explain = "x",
      chat = { app = string.rep("x", 10000000), from = "M", messages = { "Hi" } } },
  } }
