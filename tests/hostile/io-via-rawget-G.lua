-- expect: error "is out of reach"
assert(rawget(_G, "io") == nil, "io is out of reach")
error("io is out of reach")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
