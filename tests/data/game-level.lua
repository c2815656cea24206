-- A mini-game that uses every drawing function (tests/render, tests/levels, tests/ui).
-- Three messages, one after the other: ← trust, → report (or tap the buttons).
local msgs, i, answers, slide, flash, flash_ok, focus

local MESSAGES = {
  { text = { fr = "Ton colis est bloqué : paie 1,99 € sur colis-relais.example",
             en = "Your parcel is held: pay €1.99 at parcel-desk.example" }, scam = true,
    why = { fr = "Un lien inconnu qui demande de payer : c’est une arnaque.",
            en = "An unknown link asking for money: a scam." } },
  { text = { fr = "Rappel : conseil de classe jeudi à 17 h (ENT du lycée)",
             en = "Reminder: class council on Thursday at 5 pm (school portal)" }, scam = false,
    why = { fr = "Rien à cliquer, rien à donner : un message ordinaire.",
            en = "Nothing to click, nothing to give: an ordinary message." } },
  { text = { fr = "Ton compte sera fermé ce soir : confirme ton mot de passe",
             en = "Your account closes tonight: confirm your password" }, scam = true,
    why = { fr = "L’urgence et le mot de passe demandé trahissent l’hameçonnage.",
            en = "Urgency and a request for your password give phishing away." } },
}

local function answer(report)
  if i > #msgs then return true end
  answers[i] = report
  flash_ok = report == msgs[i].scam
  flash = 0.4
  i = i + 1
  slide = nil
  return i > #msgs
end

return {
  id = "game-test",
  title = { fr = "Test de mini-jeu", en = "Mini-game test" },
  questions = {
    {
      id = "three-messages",
      kind = "game",
      prompt = { fr = "Fiable ou à signaler ?", en = "Trust or report?" },
      explain = { fr = "Un message qui presse et demande de payer ou de se connecter est suspect.",
                  en = "A message that rushes you to pay or log in is suspicious." },
      source = "Cybermalveillance.gouv.fr",
      time = 60,
      images = { "sms-screenshot.png" },
      init = function(g)
        msgs, i, answers, flash, focus = MESSAGES, 1, {}, 0, 1
        slide = g.tween(-700, 0, 0.5, "out")
      end,
      update = function(dt)
        if flash > 0 then flash = math.max(0, flash - dt) end
      end,
      input = function(e)
        if e.type == "key" then
          if e.key == "left" then return answer(false) end
          if e.key == "right" then return answer(true) end
          if e.key == "tab" or e.key == "down" then focus = 3 - focus end
          if e.key == "enter" or e.key == "space" then return answer(focus == 2) end
        elseif e.type == "press" and e.y >= 470 and e.y <= 560 then
          if e.x >= 120 and e.x <= 560 then return answer(false) end
          if e.x >= 640 and e.x <= 1080 then return answer(true) end
        end
      end,
      draw = function(g)
        g.clear("bg")
        g.text({ fr = "Fiable ou à signaler ?", en = "Trust or report?" }, 0, 20, g.width, 50,
          { size = 40, bold = true, align = "center" })
        g.line(100, 90, 1100, 90, "muted", 3)
        for k = 1, #msgs do
          local c = answers[k] == nil and "panel-hi" or (answers[k] == msgs[k].scam and "right" or "wrong")
          g.circle(540 + (k - 1) * 60, 125, 14, c)
        end
        if i <= #msgs then
          local dx = slide and slide:value() or 0
          g.panel(220 + dx, 170, 760, 250, "panel", 24)
          g.image("sms-screenshot.png", 250 + dx, 195, 140, 200)
          g.text(msgs[i].text, 410 + dx, 190, 540, 210, { size = 34, valign = "middle" })
        else
          g.text({ fr = "Terminé !", en = "Done!" }, 0, 250, g.width, 80,
            { size = 56, bold = true, align = "center", color = "accent" })
        end
        if flash > 0 then g.frame(210, 160, 780, 270, flash_ok and "right" or "wrong", 6) end
        g.panel(120, 470, 440, 90, focus == 1 and "accent" or "panel-hi", 18)
        g.text({ fr = "← Fiable", en = "← Trust" }, 120, 470, 440, 90,
          { size = 36, bold = true, align = "center", valign = "middle", color = focus == 1 and "ink" or "text" })
        g.panel(640, 470, 440, 90, focus == 2 and "accent" or "#b3261e", 18)
        g.text({ fr = "Signaler →", en = "Report →" }, 640, 470, 440, 90,
          { size = 36, bold = true, align = "center", valign = "middle", color = focus == 2 and "ink" or "#ffffff" })
        g.rect(0, 590, g.width * (i - 1) / #msgs, 10, "accent")
      end,
      finish = function(timeout)
        local right, items = 0, {}
        for k, m in ipairs(msgs) do
          local ok = answers[k] == m.scam
          if ok then right = right + 1 end
          items[#items + 1] = { text = m.text, ok = ok, why = m.why }
        end
        return {
          credit = right / #msgs,
          summary = { fr = right .. (right > 1 and " messages bien jugés sur " or " message bien jugé sur ") .. #msgs,
                      en = right .. " of " .. #msgs .. " messages judged right" },
          items = items,
        }
      end,
    },
  },
}
