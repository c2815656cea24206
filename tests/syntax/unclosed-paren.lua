-- expect: line 2: the '(' opened here is never closed: its closing is missing, or that of something opened inside it (} for {, ) for (, end for function, if, for, do).
local n = math.max(1,
  2
return { id = "x" }
