-- The answers for every hostile level: one question, the first choice, after a second.
return { { answer = 1, after = 1 } }
