-- choice 5 of three
-- level: answers-level.lua
-- expect: 5: error: answer 1: choice 5, but question "q1" has choices 1 to 3
return {
  { answer = 5 },
  { answer = { "domaine", "rib" } },
  { answer = { 1, 2, 1 } },
}
