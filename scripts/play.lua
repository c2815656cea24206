-- play.lua — what every mini-game's `g` gets besides drawing: easing curves and tweens
-- (docs/minigames.md). Runs in the level's sandbox, in an environment of its own.

local eases = {
  linear = function(x) return x end,
  ["in"] = function(x) return x * x end,
  out = function(x) return 1 - (1 - x) * (1 - x) end,
  inout = function(x)
    if x < 0.5 then return 2 * x * x end
    return 1 - 2 * (1 - x) * (1 - x)
  end,
  back = function(x) -- overshoots by about 10 %, then settles
    local c = 1.70158
    x = x - 1
    return 1 + (c + 1) * x * x * x + c * x * x
  end,
}

local function curve(name)
  local f = eases[name == nil and "linear" or name]
  if not f then
    error('unknown ease "' .. tostring(name) .. '": use linear, in, out, inout or back', 3)
  end
  return f
end

return function(g)
  function g.ease(name, x)
    local f = curve(name)
    if type(x) ~= "number" then error("g.ease(name, x): x must be a number from 0 to 1", 2) end
    if x ~= x or x < 0 then x = 0 elseif x > 1 then x = 1 end
    return f(x)
  end

  function g.tween(from, to, seconds, name)
    if type(from) ~= "number" or type(to) ~= "number" or type(seconds) ~= "number" then
      error("g.tween(from, to, seconds [, ease]): from, to and seconds must be numbers", 2)
    end
    local f = curve(name)
    local start = rawget(g, "clock") or 0
    local function progress()
      if not (seconds > 0) then return 1 end
      local k = ((rawget(g, "clock") or 0) - start) / seconds
      if k ~= k or k < 0 then return 0 elseif k > 1 then return 1 end
      return k
    end
    local t = {}
    function t.value() return from + (to - from) * f(progress()) end
    function t.done() return progress() >= 1 end
    return t
  end
end
