-- expect: ok (the trick is harmless here)
assert(not tostring({}):find("0x"), tostring({}))
assert(not tostring(print):find("0x"))
assert(not string.format("%s", {}):find("0x"))
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
