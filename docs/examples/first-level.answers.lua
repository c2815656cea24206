-- docs/examples/first-level.answers.lua — a scripted run of the worked example.
return {
  { answer = 1, after = 4 },          -- length: right after 4 s
  { answer = true, after = 3 },       -- reuse: wrong
  { answer = { 1, 3 }, after = 10 },  -- good-habits: right after 10 s
}
