-- expect: line 2: the 'function' opened here is never closed: its closing is missing, or that of something opened inside it (} for {, ) for (, end for function, if, for, do).
local function score(ctx)
  if ctx.correct then
    return 100
  end

return { id = "x", score = score }
