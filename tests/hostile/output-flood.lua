-- expect: ok (the trick is harmless here)
for i = 1, 1e5 do print(string.rep("flood ", 20)) end
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
