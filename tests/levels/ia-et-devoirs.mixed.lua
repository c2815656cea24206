-- Scripted run of levels/lycee/ia-et-devoirs.lua with a mix of outcomes, in the level's order.
-- Standard rule (docs/scoring.md): round(1000 × credit × (1 − 0.5 × time ÷ limit) + streak bonus).
return {
  -- what-it-does: wrong (a database of checked facts): 0
  { answer = 2, after = 10 },
  -- fake-reference: partly right: 2 clues of 3 and the decoy "Bon sujet !" (messages.1):
  -- credit (2 − 0.5 × 1)/3 = 0.5; 30 s of 60: 1000 × 0.5 × 0.75 = 375, no bonus
  { answer = { "book", "doi", "messages.1" }, after = 30 },
  -- hallucination-word: the time ran out: 0
  { timeout = true },
  -- draft-prompt: right, 30 s of 60: 1000 × 0.75 = 750, first of a streak: 750
  { answer = { "name", "health", "phone" }, after = 30 },
  -- bias: right, 15 s of 30: 1000 × 0.75 = 750, + 100 (2 in a row) = 850
  { answer = 1, after = 15 },
  -- honest-or-fraud: partly right: "a few words changed" put under Honest, 5 of 6 right;
  -- blind = the most common bin's share, 3/6: credit (5/6 − 1/2)/(1/2) = 2/3;
  -- 25 s of 50: 1000 × 2/3 × 0.75 = 500, the streak is broken
  { answer = { 1, 1, 1, 2, 2, 1 }, after = 25 },
  -- learning-uses: partly right: choices 1, 2 and the wrong 4: share (2 − 1)/3 = 1/3,
  -- blind (3 − 3)/3 = 0: credit 1/3; 20 s of 40: 1000 × 1/3 × 0.75 = 250
  { answer = { 1, 2, 4 }, after = 20 },
  -- presentation-steps: partly right: the first two swapped, 14 of 15 pairs in order:
  -- credit (14/15 − 1/2)/(1/2) = 13/15; 30 s of 60: 1000 × 13/15 × 0.75 = 650
  { answer = { 2, 1, 3, 4, 5, 6 }, after = 30 },
  -- confident-tone: wrong (true): 0
  { answer = true, after = 5 },
  -- Total: 0 + 375 + 0 + 750 + 850 + 500 + 250 + 650 + 0 = 3375.
  expect = { score = 3375, correct = 2, points = { 0, 375, 0, 750, 850, 500, 250, 650, 0 } },
}
