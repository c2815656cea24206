-- a card in bin 3 of two
-- level: answers-level.lua
-- expect: 7: error: answer 3: question "q3": bins are 1 to 2, but number 2 is 3
return {
  { answer = 1 },
  { answer = { "from", "rib" } },
  { answer = { 1, 3, 1 } },
}
