-- Vigie benchmark: the question screen in LÖVE 11.x, same layout as
-- bench/floor/floor.c. Each string is laid out once into a Text object
-- (LÖVE's equivalent of the floor's one-texture-per-string cache).
--
-- VIGIE_BENCH=first-frame  draw and present one frame, exit 0
-- VIGIE_BENCH=redraw:N     first frame, then N full redraws (no vsync), exit 0
-- unset                    LÖVE's default loop until the window is closed

local mode = os.getenv("VIGIE_BENCH") or ""
local redraws = nil -- nil: idle until closed
if mode == "first-frame" then
  redraws = 0
elseif mode:match("^redraw:%d+$") then
  redraws = tonumber(mode:match("%d+"))
end
local frames = 0

local W, H = 1280, 720
local MARGIN, TOPBAR_H = 32, 64
local BAR_Y, BAR_H, BAR_FILL = 84, 14, 0.60
local PROMPT_Y = 122
local GRID_Y, BUTTON_W, BUTTON_H, GAP, BUTTON_R = 318, 596, 142, 24, 14
local BADGE, BADGE_R, BADGE_X, ANSWER_X = 60, 12, 24, 108
local FOOTER_BOTTOM = 28

local function rgb(hex)
  return {
    tonumber(hex:sub(1, 2), 16) / 255,
    tonumber(hex:sub(3, 4), 16) / 255,
    tonumber(hex:sub(5, 6), 16) / 255,
  }
end
local COL_BG, COL_TOPBAR = rgb("14213D"), rgb("0D1830")
local COL_TRACK, COL_ACCENT = rgb("2A3A60"), rgb("FCA311")
local COL_BUTTON = rgb("22325A")
local COL_TEXT, COL_MUTED = rgb("FFFFFF"), rgb("A9B4CF")

local NBSP = "\194\160"
local QUESTION_NO = "Question 3 / 8"
local SCORE = "Score 2" .. NBSP .. "450"
local PROMPT = "Vous recevez un e-mail de votre banque qui vous demande de confirmer "
  .. "vos identifiants en urgence. Que faites-vous" .. NBSP .. "?"
local LETTERS = { "A", "B", "C", "D" }
local ANSWERS = {
  "Je clique sur le lien et je me reconnecte",
  "J'appelle ma banque au numéro habituel",
  "Je réponds avec mon identifiant et mon code",
  "Je transfère l'e-mail à mes amis pour avis",
}
local FOOTER = "Touches A, B, C, D ou clic pour répondre · Échap pour quitter"

local FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

-- love.filesystem cannot open absolute paths: read the file with io.
local function font(name, size)
  local f = assert(io.open(FONT_DIR .. name, "rb"))
  local data = love.filesystem.newFileData(f:read("*a"), name)
  f:close()
  return love.graphics.newFont(data, size)
end

local t = {}

function love.load()
  local body = font("DejaVuSans.ttf", 30)
  local body_bold = font("DejaVuSans-Bold.ttf", 30)
  local prompt = font("DejaVuSans-Bold.ttf", 40)
  local footer = font("DejaVuSans.ttf", 24)
  local function text(f, s, wrap)
    local o = love.graphics.newText(f)
    if wrap then
      o:setf(s, wrap, "left")
    else
      o:set(s)
    end
    return o
  end
  t.question_no = text(body, QUESTION_NO)
  t.score = text(body_bold, SCORE)
  t.prompt = text(prompt, PROMPT, W - 2 * MARGIN)
  t.footer = text(footer, FOOTER)
  t.letters, t.answers = {}, {}
  for i = 1, 4 do
    t.letters[i] = text(body_bold, LETTERS[i])
    t.answers[i] = text(body, ANSWERS[i], BUTTON_W - ANSWER_X - BADGE_X)
  end
end

function love.draw()
  local g = love.graphics
  local bar_w = W - 2 * MARGIN
  g.clear(COL_BG)

  g.setColor(COL_TOPBAR)
  g.rectangle("fill", 0, 0, W, TOPBAR_H)
  g.setColor(COL_TEXT)
  g.draw(t.question_no, MARGIN, math.floor((TOPBAR_H - t.question_no:getHeight()) / 2))
  g.draw(t.score, W - MARGIN - t.score:getWidth(), math.floor((TOPBAR_H - t.score:getHeight()) / 2))

  g.setColor(COL_TRACK)
  g.rectangle("fill", MARGIN, BAR_Y, bar_w, BAR_H, BAR_H / 2)
  g.setColor(COL_ACCENT)
  g.rectangle("fill", MARGIN, BAR_Y, math.floor(bar_w * BAR_FILL + 0.5), BAR_H, BAR_H / 2)

  g.setColor(COL_TEXT)
  g.draw(t.prompt, MARGIN, PROMPT_Y)

  for i = 1, 4 do
    local bx = MARGIN + ((i - 1) % 2) * (BUTTON_W + GAP)
    local by = GRID_Y + math.floor((i - 1) / 2) * (BUTTON_H + GAP)
    local badge_y = by + (BUTTON_H - BADGE) / 2
    local l, a = t.letters[i], t.answers[i]
    g.setColor(COL_BUTTON)
    g.rectangle("fill", bx, by, BUTTON_W, BUTTON_H, BUTTON_R)
    g.setColor(COL_ACCENT)
    g.rectangle("fill", bx + BADGE_X, badge_y, BADGE, BADGE, BADGE_R)
    g.setColor(COL_BG)
    g.draw(l, bx + BADGE_X + math.floor((BADGE - l:getWidth()) / 2),
      badge_y + math.floor((BADGE - l:getHeight()) / 2))
    g.setColor(COL_TEXT)
    g.draw(a, bx + ANSWER_X, by + math.floor((BUTTON_H - a:getHeight()) / 2))
  end

  g.setColor(COL_MUTED)
  g.draw(t.footer, math.floor((W - t.footer:getWidth()) / 2), H - FOOTER_BOTTOM - t.footer:getHeight())

  -- love.run presents right after love.draw returns; the quit event is
  -- handled at the top of the next loop turn, so this frame is presented.
  frames = frames + 1
  if redraws and frames == redraws + 1 then
    love.event.quit(0)
  end
end

function love.keypressed(key)
  if key == "escape" then
    love.event.quit(0)
  end
end
