-- The answers for every hostile level: one question, the first choice, after a second; a game
-- gets a key and a tap (other kinds ignore `play`).
return { { answer = 1, after = 1, play = { { at = 0.1, key = "a" }, { at = 0.2, tap = { 10, 10 } } } } }
