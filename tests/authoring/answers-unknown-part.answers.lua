-- a part the mail does not have
-- level: answers-level.lua
-- expect: 8: error: answer 2: question "mail" has no part "signature"
return {
  { answer = 1 },
  {
    after = 3,
    answer = { "domaine", "signature" },
  },
  { answer = { 1, 2, 1 } },
}
