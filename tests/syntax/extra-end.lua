-- expect: line 5: this 'end' closes nothing that is open: there is one too many, or its opening is missing above.
local function points(n)
  return n * 10
end
end
return { id = "x" }
