-- scoring.lua — the engine's default scoring rule (docs/scoring.md explains it).
--
-- Returns a function score(answer, ctx) -> points. A level replaces it with its own
-- `score` field. ctx: kind, correct, timeout, time and limit (seconds), streak, points
-- (the question's base), choices, expected (the right answer, in the same shape as
-- `answer`), index, id; for estimates, distance, close and spread (shares of the scale);
-- for passwords, bits (the estimator's), level, strength (asked) and needed (bits); for
-- hotspots, clues (how many) and penalty (what a wrong mark costs, in clues); for games,
-- credit (what the game's finish() returned, 0 to 1).

local BONUS_PER_STEP = 100 -- streak bonus for each right answer in a row after the first
local BONUS_STEPS_MAX = 5  -- so the bonus stops growing at 500

-- Share of the right choices found, less the wrong ones ticked, never below zero.
local function multi_credit(answer, expected)
  local right = {}
  for _, i in ipairs(expected) do right[i] = true end
  local hits, misses = 0, 0
  for _, i in ipairs(answer) do
    if right[i] then hits = hits + 1 else misses = misses + 1 end
  end
  return math.max(0, (hits - misses) / #expected)
end

-- order: the share of pairs of items put in the right order relative to each other, so
-- that one item out of place costs a little, a reversed list everything.
local function order_credit(answer)
  local n, right, pairs_ = #answer, 0, 0
  for i = 1, n - 1 do
    for j = i + 1, n do
      pairs_ = pairs_ + 1
      if answer[i] < answer[j] then right = right + 1 end
    end
  end
  return pairs_ > 0 and right / pairs_ or 1
end

-- sort: the share of cards in their right bin.
local function sort_credit(answer, expected)
  local right = 0
  for i, bin in ipairs(expected) do
    if answer[i] == bin then right = right + 1 end
  end
  return right / #expected
end

-- estimate: full credit within `close` of the right value (shares of the scale), none past
-- `spread`, in between in proportion.
local function estimate_credit(ctx)
  if ctx.distance <= ctx.close then return 1 end
  return math.max(0, 1 - (ctx.distance - ctx.close) / (ctx.spread - ctx.close))
end

-- Full points for an instant answer, half at the time limit (in the spirit of Kahoot!).
local function speed_factor(ctx)
  if not ctx.limit or ctx.limit <= 0 then return 1 end
  return 1 - 0.5 * math.min(ctx.time / ctx.limit, 1)
end

return function(answer, ctx)
  if ctx.timeout or answer == nil then return 0 end
  local credit
  if ctx.kind == "multi" then
    credit = multi_credit(answer, ctx.expected)
  elseif ctx.kind == "order" then
    credit = order_credit(answer)
  elseif ctx.kind == "sort" then
    credit = sort_credit(answer, ctx.expected)
  elseif ctx.kind == "estimate" then
    credit = estimate_credit(ctx)
  elseif ctx.kind == "hotspot" then
    -- each clue found counts; each wrong mark costs `penalty` of a clue
    local found, wrong = 0, 0
    local is_clue = {}
    for _, name in ipairs(ctx.expected) do is_clue[name] = true end
    for _, name in ipairs(answer) do
      if is_clue[name] then found = found + 1 else wrong = wrong + 1 end
    end
    if ctx.clues == 0 then credit = wrong == 0 and 1 or 0
    else credit = math.max(0, (found - ctx.penalty * wrong) / ctx.clues) end
  elseif ctx.kind == "game" then
    -- a mini-game judges itself: its finish() gave the credit; it keeps its own pace, so no
    -- speed factor
    credit = ctx.credit
  elseif ctx.kind == "password" then
    -- as strong as asked: all the points; weaker: in proportion of the bits
    credit = math.min(1, ctx.bits / ctx.needed)
  else
    credit = ctx.correct and 1 or 0
  end
  if credit == 0 then return 0 end
  local points = ctx.points * credit * (ctx.kind == "game" and 1 or speed_factor(ctx))
  if ctx.correct and ctx.streak >= 2 then
    points = points + BONUS_PER_STEP * math.min(ctx.streak - 1, BONUS_STEPS_MAX)
  end
  return math.floor(points + 0.5)
end
