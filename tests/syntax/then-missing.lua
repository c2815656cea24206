-- expect: line 3: Lua expected 'then' before 'return'.
local function score(ctx)
  if ctx.correct return 100 end
  return 0
end
return { id = "x", score = score }
