-- expect: ok. Loaded right after each hostile level, in the same process: nothing leaks.
assert(rawget(_G, "leaked") == nil, "a global leaked from the previous level")
assert(string.rep("a", 3) == "aaa", "string.rep was changed by the previous level")
assert(math.pi > 3.14 and math.pi < 3.15, "math.pi was changed")
assert(type(print) == "function" and table.insert ~= print, "print or table.insert was changed")
assert(io == nil and os.execute == nil and debug == nil and require == nil)
return {
  id = "clean", title = "Clean",
  questions = { { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" } },
}
