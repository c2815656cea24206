-- anwser for answer
-- level: answers-level.lua
-- expect: 6: error: answer 2: unknown field "anwser" (did you mean "answer"?)
return {
  { answer = 1 },
  { anwser = { "domaine", "rib" } },
  { answer = { 1, 2, 1 } },
}
