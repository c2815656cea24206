-- expect: line 2: a parenthesis is not closed, or a comma is missing between two values before '2'.
local n = math.max(1 2)
return { id = "x" }
