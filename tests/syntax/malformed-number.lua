-- expect: line 5: '9e' is not a number Lua reads: decimals use a dot (1.5), with no space or letter inside the number.
return {
  id = "x",
  questions = {
    { kind = "estimate", answer = 1,9e }
  },
}
