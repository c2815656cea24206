-- Vigie benchmark: the question screen in LÖVE 11.x (see bench/README.md).
function love.conf(t)
  local mode = os.getenv("VIGIE_BENCH") or ""
  t.identity = nil
  t.window.title = "Vigie bench - love"
  t.window.width = 1280
  t.window.height = 720
  t.window.resizable = false
  -- A game would keep vsync on; the bench modes turn it off so that
  -- redraw:N measures drawing, not waiting. Idle keeps LÖVE's default.
  t.window.vsync = (mode ~= "") and 0 or 1
  -- The screen needs neither sound nor physics nor joysticks, and neither
  -- does the floor: leave them out so LÖVE is compared at its leanest.
  -- (liblove still links their libraries, so they are loaded anyway.)
  t.modules.audio = false
  t.modules.sound = false
  t.modules.joystick = false
  t.modules.physics = false
  t.modules.video = false
end
