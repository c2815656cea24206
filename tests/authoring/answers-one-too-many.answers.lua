-- four answers for three questions
-- level: answers-level.lua
-- expect: 8: error: 4 answers for 3 questions
return {
  { answer = 1 },
  { answer = { "rib" } },
  { answer = { 1, 2, 1 } },
  { answer = 2 },
}
