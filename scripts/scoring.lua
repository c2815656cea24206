-- scoring.lua — the engine's scoring: the credit of an answer, and the ready-made rules
-- (docs/scoring.md explains both).
--
-- Returns a table:
--   credit(answer, ctx) -> credit: the share of the answer that was right, over chance (0 to 1).
--     The engine calls it once per answer and puts the result in ctx.credit before any rule
--     runs, the level's own included.
--   rules[name](answer, ctx) -> points, credit: the rules a level or a pack names with
--     score = "name"; "standard" is the one a level gets when it names none.
-- ctx: kind, correct, timeout, sure, time and limit (seconds), streak, points (the question's
-- base), choices, expected (the right answer, in the same shape as `answer`), index, id,
-- credit; and each kind's own fields (script_kinds.c; docs/authoring.md lists them).

local BONUS_PER_STEP = 100 -- streak bonus for each right answer in a row after the first
local BONUS_STEPS_MAX = 5  -- so the bonus stops growing at 500

-- Partial credit is credit over chance: a kind's raw share is rescaled so that what a blind
-- answer gets (`blind`, one that reads nothing of the question) earns 0 and a right answer 1.
local function over(share, blind)
  if blind >= 1 then return share >= 1 and 1 or 0 end
  return math.max(0, (share - blind) / (1 - blind))
end

-- multi: the share of the right choices found, less the wrong ones ticked. Blind: ticking every
-- choice, which gets (right choices − wrong choices) ÷ right choices, and beats ticking at
-- random (half as much on average).
local function multi_credit(answer, expected, choices)
  local right = {}
  for _, i in ipairs(expected) do right[i] = true end
  local hits, misses = 0, 0
  for _, i in ipairs(answer) do
    if right[i] then hits = hits + 1 else misses = misses + 1 end
  end
  local k = #expected
  return over(math.max(0, (hits - misses) / k), math.max(0, (k - (choices - k)) / k))
end

-- order: the share of pairs of items put in the right order relative to each other, so that
-- one item out of place costs a little, a reversed list everything. Blind: 1/2, what a random
-- order (leaving the shuffled start as it is) gets on average, for each pair is as likely one
-- way as the other.
local function order_credit(answer)
  local n, right, pairs_ = #answer, 0, 0
  for i = 1, n - 1 do
    for j = i + 1, n do
      pairs_ = pairs_ + 1
      if answer[i] < answer[j] then right = right + 1 end
    end
  end
  return pairs_ > 0 and over(right / pairs_, 0.5) or 1
end

-- sort: the share of cards in their right bin. Blind: all the cards in the bin most of them
-- belong to, the best an answer that reads no card can do (a random answer gets 1/bins, less).
local function sort_credit(answer, expected)
  local right, per_bin, most = 0, {}, 0
  for i, bin in ipairs(expected) do
    if answer[i] == bin then right = right + 1 end
    per_bin[bin] = (per_bin[bin] or 0) + 1
    most = math.max(most, per_bin[bin])
  end
  return over(right / #expected, most / #expected)
end

-- hotspot: each clue found counts, each wrong mark costs `penalty` of a clue.
local function hotspot_credit(answer, ctx)
  local found, wrong = 0, 0
  local is_clue = {}
  for _, name in ipairs(ctx.expected) do is_clue[name] = true end
  for _, name in ipairs(answer) do
    if is_clue[name] then found = found + 1 else wrong = wrong + 1 end
  end
  if ctx.clues == 0 then return wrong == 0 and 1 or 0 end
  return math.max(0, (found - ctx.penalty * wrong) / ctx.clues)
end

-- estimate: full credit within `close` of the right value (shares of the scale), none past
-- `spread`, in between in proportion. Blind: the average share of a value drawn anywhere on the
-- scale, that is the area under that tent around `target` (its place on the scale), over 1.
local function estimate_share(d, close, spread)
  if d <= close then return 1 end
  if d >= spread then return 0 end
  return 1 - (d - close) / (spread - close)
end

local function estimate_area(a, close, spread) -- of the share from distance 0 to a
  local area = math.min(a, close)
  local b = math.min(a, spread)
  if b > close then area = area + (b - close) - (b - close) ^ 2 / (2 * (spread - close)) end
  return area
end

local function estimate_credit(ctx)
  local c, s = ctx.close, math.max(ctx.spread, ctx.close)
  local blind = estimate_area(ctx.target, c, s) + estimate_area(1 - ctx.target, c, s)
  return over(estimate_share(ctx.distance, c, s), blind)
end

-- The credit of an answer, whatever the rule: computed once, by the engine, into ctx.credit.
local function credit_of(answer, ctx)
  if ctx.timeout or answer == nil then return 0 end
  local kind = ctx.kind
  if kind == "multi" then return multi_credit(answer, ctx.expected, ctx.choices) end
  if kind == "order" then return order_credit(answer) end
  if kind == "sort" then return sort_credit(answer, ctx.expected) end
  if kind == "estimate" then return estimate_credit(ctx) end
  if kind == "hotspot" then return hotspot_credit(answer, ctx) end
  -- a mini-game judges itself: its answer is what its finish() gave
  if kind == "game" then return answer end
  -- choice, true/false, input and password: right or not; a password weaker than asked
  -- earns nothing, however close, so that its points and its verdict agree
  return ctx.correct and 1 or 0
end

-- Full points for an instant answer, half at the time limit (in the spirit of Kahoot!). A game
-- keeps its own pace: no speed factor.
local function speed_factor(ctx)
  if ctx.kind == "game" or not ctx.limit or ctx.limit <= 0 then return 1 end
  return 1 - 0.5 * math.min(ctx.time / ctx.limit, 1)
end

local function streak_bonus(ctx)
  if not ctx.correct or ctx.streak < 2 then return 0 end
  return BONUS_PER_STEP * math.min(ctx.streak - 1, BONUS_STEPS_MAX)
end

-- Certainty-based marking kept at or above 0, and honest: "sure" earns base × credit, "not sure"
-- base × (1 + credit) / 3 — 2/3 of a right answer, 1/3 of a wrong one. Saying "sure" pays only
-- when the player is more likely right than wrong (p > 1/2: p against (1 + p) / 3), so doubt
-- said aloud is never a loss. A time-out gives nothing: no answer, no doubt.
local function confidence(_, ctx)
  if ctx.timeout then return 0, 0 end
  local credit = ctx.credit
  local share = ctx.sure and credit or (1 + credit) / 3
  return math.floor(ctx.points * share + 0.5), credit
end

-- base × credit × factor + bonus, rounded (halves up); an answer worth nothing has no credit.
local function rule(factor, bonus)
  return function(_, ctx)
    local credit = ctx.credit
    if ctx.timeout or credit <= 0 then return 0, 0 end
    local points = math.floor(ctx.points * credit * factor(ctx) + bonus(ctx) + 0.5)
    return points, points > 0 and credit or 0
  end
end

local function one() return 1 end
local function none() return 0 end

return {
  credit = credit_of,
  rules = {
    standard = rule(speed_factor, streak_bonus),
    accuracy = rule(one, none),
    ["no-streak"] = rule(speed_factor, none),
    ["no-speed"] = rule(one, streak_bonus),
    confidence = confidence,
  },
}
