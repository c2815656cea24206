-- Level "inbox-triage" of the lycee pack: a mini-game (docs/minigames.md).
-- Ten messages (texts, e-mails, a direct message, a school-app notice) arrive one after
-- another, a little faster each time; for each one the player keeps it (← or G/K, left
-- button) or reports it (→ or S/R, right button) before it expires. Five are genuine, five are scams, in a fixed order.
-- Teaches (lycée, about 3 minutes): who writes, what they ask for, where the link goes; the
-- debrief adds that in real life nothing is urgent: the game speeds up, you need not.
-- People, brands, the school, the carrier and the photo network (Pixora) are invented; phone
-- numbers are in the 06 39 98 range that ARCEP keeps for fiction; every address and link ends
-- in .example. Only public services appear under their real names (the tax office and the CAF,
-- whose official sites impots.gouv.fr and caf.fr are named in the feedback).
-- Sources: the question's `source` names its page; quotes in
-- /work/factcheck/i16/inbox-triage.sources.md. Licence: CC BY-SA 4.0.

-- The messages, in the order they arrive. `channel`: "sms", "mail", "dm" or "app".
local MESSAGES = {
  {
    channel = "sms",
    from = "Inès",
    sub = { fr = "Contact enregistré", en = "Saved contact" },
    body = {
      fr = "On se retrouve devant le CDI à 13 h ? J’ai ton chargeur.",
      en = "Meet you outside the school library at 1 pm? I’ve got your charger.",
    },
    scam = false,
    item = { fr = "SMS d’Inès", en = "Text from Inès" },
    why = {
      fr = "Fiable : une amie connue, un message banal, sans lien ni demande.",
      en = "Genuine: a friend you know, an ordinary message, no link, no request.",
    },
  },
  {
    channel = "sms",
    from = "+33 6 39 98 12 09",
    sub = { fr = "Numéro inconnu", en = "Unknown number" },
    body = {
      fr = "Votre colis n’a pas pu être livré. Réglez 1,99 € de frais pour le recevoir :",
      en = "Your parcel could not be delivered. Pay a €1.99 fee to receive it:",
    },
    link = { fr = "colis-suivi.example/payer", en = "parcel-track.example/pay" },
    scam = true,
    item = { fr = "SMS colis à 1,99 €", en = "€1.99 parcel text" },
    why = {
      fr = "Arnaque : numéro inconnu, petits frais, faux site de suivi. On vise ta carte bancaire.",
      en = "Scam: unknown number, small fee, fake tracking site. They’re after your card.",
    },
  },
  {
    channel = "mail",
    from = "Claire Benali",
    sub = "claire.benali@lycee-des-tilleuls.example",
    body = {
      fr = "Exposé du 12 mars : les consignes sont sur l’ENT. Bon courage à tous !",
      en = "Presentation on 12 March: the instructions are on the school portal. Good luck, everyone!",
    },
    scam = false,
    item = { fr = "E-mail de ta prof", en = "Email from your teacher" },
    why = {
      fr = "Fiable : l’adresse du lycée, un message attendu, rien à cliquer ni à donner.",
      en = "Genuine: your school’s address, an expected message, nothing to click or give.",
    },
  },
  {
    channel = "mail",
    from = "Pixora Support",
    sub = "copyright@pixora-support-team.example",
    body = {
      fr = "Violation de droits d’auteur : ton compte sera supprimé sous 24 h. Fais appel ici :",
      en = "Copyright violation: your account will be deleted within 24 hours. Appeal here:",
    },
    link = { fr = "pixora-appel.example/formulaire", en = "pixora-appeal.example/form" },
    scam = true,
    item = { fr = "E-mail « Pixora »", en = "“Pixora” email" },
    why = {
      fr = "Arnaque : l’adresse n’est pas celle de Pixora, et le délai de 24 h sert à te presser.",
      en = "Scam: the address isn’t Pixora’s, and the 24-hour deadline is there to rush you.",
    },
  },
  {
    channel = "mail",
    from = "Impots.gouv",
    sub = "remboursement@dgfip-impots.example",
    body = {
      fr = "Remboursement de 148,30 € en attente : confirmez votre RIB sous 48 h.",
      en = "Tax refund of €148.30 pending: confirm your bank details within 48 hours.",
    },
    link = { fr = "impots-remboursement.example", en = "tax-refund-gouv.example" },
    scam = true,
    item = { fr = "E-mail « impôts »", en = "“Tax office” email" },
    why = {
      fr = "Arnaque : un RIB demandé par e-mail, un délai, un lien vers un autre site. Le vrai site : impots.gouv.fr.",
      en = "Scam: bank details asked for by email, a deadline, a link to another site. The real site: impots.gouv.fr.",
    },
  },
  {
    channel = "sms",
    from = "Banque Horizon",
    sub = { fr = "Tu viens de payer ta place de ciné", en = "You just paid for a cinema ticket" },
    body = {
      fr = "Paiement de 12,90 € chez Cinéma Lumière accepté. Pas vous ? Appelez le numéro au dos de votre carte.",
      en = "Payment of €12.90 at Cinéma Lumière approved. Not you? Call the number on the back of your card.",
    },
    scam = false,
    item = { fr = "SMS de ta banque", en = "Text from your bank" },
    why = {
      fr = "Fiable : une alerte sans lien, qui te renvoie au numéro au dos de ta carte.",
      en = "Genuine: an alert with no link, pointing you to the number on the back of your card.",
    },
  },
  {
    channel = "dm",
    from = "Léa",
    sub = { fr = "Ton amie, sur Pixora", en = "Your friend, on Pixora" },
    body = {
      fr = "Tu vas recevoir un code par SMS, tu peux me l’envoyer ? C’est pour voter pour moi à un concours !",
      en = "You’re going to get a code by text, can you send it to me? It’s to vote for me in a contest!",
    },
    scam = true,
    item = { fr = "Message de Léa (code)", en = "Léa’s message (code)" },
    why = {
      fr = "Arnaque : le compte de Léa est sans doute piraté, ce code sert à voler le tien. Ne le donne pas, et préviens Léa autrement (appel, en face).",
      en = "Scam: Léa’s account is probably hacked; that code is for stealing yours. Don’t share it, and warn Léa another way (a call, in person).",
    },
  },
  {
    channel = "app",
    from = { fr = "Vie scolaire", en = "School office" },
    sub = { fr = "Appli officielle du lycée", en = "Your school’s official app" },
    body = {
      fr = "Demain, le cours de SVT de 10 h est annulé (absence de M. Roux). Permanence en salle B12.",
      en = "Tomorrow’s 10 am biology class is cancelled (Mr Roux is away). Study hall in room B12.",
    },
    scam = false,
    item = { fr = "Appli du lycée", en = "School app" },
    why = {
      fr = "Fiable : une info pratique dans l’appli du lycée, qui ne te demande rien.",
      en = "Genuine: practical news in your school’s app, asking nothing of you.",
    },
  },
  {
    channel = "sms",
    from = "Colis Rapide",
    sub = { fr = "Tu attends un colis", en = "You’re expecting a parcel" },
    body = {
      fr = "Votre colis sera livré demain entre 9 h et 13 h. Suivez-le sur :",
      en = "Your parcel will be delivered tomorrow between 9 am and 1 pm. Track it at:",
    },
    link = "colis-rapide.example/suivi",
    scam = false,
    item = { fr = "SMS de Colis Rapide", en = "Text from Colis Rapide" },
    why = {
      fr = "Fiable : un colis que tu attends, rien à payer ni à donner, un lien vers le site du transporteur.",
      en = "Genuine: a parcel you expect, nothing to pay or give, a link to the carrier’s own site.",
    },
  },
  {
    channel = "sms",
    from = "+33 6 39 98 50 28",
    sub = { fr = "Numéro inconnu", en = "Unknown number" },
    body = {
      fr = "CAF : une aide de 250 € vous attend. Faites la demande avant ce soir minuit :",
      en = "CAF (family benefits): a €250 grant is waiting for you. Apply before midnight tonight:",
    },
    link = { fr = "caf-aides.example/demande", en = "caf-grants.example/apply" },
    scam = true,
    item = { fr = "SMS « CAF » à 250 €", en = "“CAF” €250 text" },
    why = {
      fr = "Arnaque : une aide « offerte », un délai très court, un numéro inconnu. Le vrai site : caf.fr.",
      en = "Scam: a “free” grant, a tight deadline, an unknown number. The real site: caf.fr.",
    },
  },
}

local CHANNELS = {
  sms = { fr = "SMS", en = "Text" },
  mail = { fr = "E-mail", en = "Email" },
  dm = { fr = "Message privé", en = "Direct message" },
  app = { fr = "Appli du lycée", en = "School app" },
}

local KEEP_KEYS = { left = true, g = true, k = true }
local REPORT_KEYS = { right = true, s = true, r = true }
local START_KEYS = { enter = true, space = true }

local SLIDE = 0.35 -- seconds for a message to slide in
local FLASH = 1.0  -- seconds the verdict shows before the next message
-- Seconds a message stays before it expires: 11 s for the first, half a second less for each one.
local function lifetime(i) return 11 - 0.5 * (i - 1) end

-- Buttons, in canvas units.
local KEEP_BTN = { x = 100, y = 452, w = 470, h = 120 }
local REPORT_BTN = { x = 630, y = 452, w = 470, h = 120 }
local START_BTN = { x = 390, y = 452, w = 420, h = 120 }
local CARD = { x = 100, y = 72, w = 1000, h = 340 }

-- The game's state, all set in init.
local G        -- the drawing table, for g.sound outside draw
local now      -- seconds since the game started
local phase    -- "ready", "show", "flash" or "done"
local index    -- the message on screen
local arrived  -- when it arrived
local flash_at -- when its verdict started to show
local results  -- per message: "right", "wrong" or "late"
local choices  -- per message: "keep", "report" or nil (too late)
local hover    -- the button under the pointer: "keep", "report", "start" or nil

local function inside(b, x, y)
  return x >= b.x and x < b.x + b.w and y >= b.y and y < b.y + b.h
end

local function button_at(x, y)
  if phase == "ready" then return inside(START_BTN, x, y) and "start" or nil end
  if inside(KEEP_BTN, x, y) then return "keep" end
  if inside(REPORT_BTN, x, y) then return "report" end
  return nil
end

local function decide(report)
  local m = MESSAGES[index]
  local right = report == m.scam
  results[index] = right and "right" or "wrong"
  choices[index] = report and "report" or "keep"
  G.sound(right and "right" or "wrong")
  phase, flash_at = "flash", now
end

local function verdict(i)
  local scam, r = MESSAGES[i].scam, results[i]
  if r == "right" then
    return scam and { fr = "✓ Bien vu : c’était une arnaque", en = "✓ Well spotted: it was a scam" }
      or { fr = "✓ Bien vu : ce message est fiable", en = "✓ Right: this message is genuine" }
  elseif r == "wrong" then
    return scam and { fr = "✗ Oups : c’était une arnaque", en = "✗ Oops: it was a scam" }
      or { fr = "✗ Oups : ce message était fiable", en = "✗ Oops: this message was genuine" }
  end
  return scam and { fr = "✗ Trop tard : c’était une arnaque", en = "✗ Too late: it was a scam" }
    or { fr = "✗ Trop tard : ce message était fiable", en = "✗ Too late: this message was genuine" }
end

-- The game is drawn on a "panel" surface: cards are light, like a phone's, and buttons dark.
local CARD_BG = "#f5f8fc"   -- light in every theme, as a phone's screen is
local CARD_INK = "#0d1b2e"
local CARD_SUB = "#4b5b73"  -- muted text on the light card (6:1)
local LINK_BG = "#dde5f0"
local LINK_INK = "#1c56b0"  -- a link's blue, 5.5:1 on LINK_BG

local function draw_button(g, b, label, hint, frame, active)
  g.panel(b.x, b.y, b.w, b.h, active and "panel-hi" or "bg")
  g.frame(b.x, b.y, b.w, b.h, frame, active and 6 or 4)
  g.text(label, b.x, b.y + 8, b.w, 64, { size = 40, bold = true, align = "center", valign = "middle" })
  g.text(hint, b.x, b.y + 70, b.w, 40, { size = 28, color = "muted", align = "center", valign = "middle" })
end

local function draw_card(g, m, dx)
  local x, y = CARD.x + dx, CARD.y
  g.panel(x, y, CARD.w, CARD.h, CARD_BG)
  g.panel(x + 24, y + 22, 280, 48, "accent", 12)
  g.text(CHANNELS[m.channel], x + 24, y + 22, 280, 48,
    { size = 28, bold = true, color = "ink", align = "center", valign = "middle" })
  g.text(m.from, x + 324, y + 18, 652, 56, { size = 34, bold = true, color = CARD_INK, valign = "middle" })
  g.text(m.sub, x + 24, y + 80, 952, 42, { size = 28, color = CARD_SUB, valign = "middle" })
  g.rect(x + 24, y + 128, 952, 2, LINK_BG)
  g.text(m.body, x + 24, y + 140, 952, 126, { size = 30, color = CARD_INK })
  g.panel(x + 24, y + 272, 952, 52, LINK_BG, 10)
  if m.link then
    g.text({ fr = "Lien :", en = "Link:" }, x + 44, y + 272, 110, 52, { size = 28, color = CARD_SUB, valign = "middle" })
    g.text(m.link, x + 154, y + 272, 810, 52, { size = 28, bold = true, color = LINK_INK, valign = "middle" })
  else
    g.text({ fr = "Aucun lien", en = "No link" }, x + 44, y + 272, 400, 52, { size = 28, color = CARD_SUB, valign = "middle" })
  end
end

return {
  id = "inbox-triage",
  title = { fr = "Tri de la boîte de réception", en = "Inbox triage" },
  description = {
    fr = "Dix messages arrivent, de plus en plus vite : colis, impôts, banque, prof, amis… Garde les vrais, signale les arnaques !",
    en = "Ten messages arrive, faster and faster: parcels, taxes, your bank, teachers, friends… Keep the genuine ones, report the scams!",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "triage",
      kind = "game",
      prompt = {
        fr = "Des messages arrivent : garde les vrais, signale les arnaques avant qu’ils n’expirent.",
        en = "Messages are coming in: keep the genuine ones, report the scams before they expire.",
      },
      explain = {
        fr = "Urgence, petits frais, code ou RIB demandés, lien vers un autre site : c’est une arnaque. Ici, le jeu accélère ; dans la vraie vie, prends ton temps : vérifie, ouvre toi-même l’appli ou le site. Signale les SMS au 33700, les e-mails sur signal-spam.fr.",
        en = "Urgency, a small fee, a request for a code or bank details, a link to another site: it’s a scam. The game speeds up; in real life, take your time: check, and open the app or site yourself. In France, forward scam texts to 33700, report emails on signal-spam.fr.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",

      init = function(game)
        G = game
        now = 0
        phase = "ready"
        index = 1
        arrived = 0
        flash_at = 0
        results = {}
        choices = {}
        hover = nil
      end,

      update = function(dt)
        now = now + dt
        if phase == "show" and now - arrived >= lifetime(index) then
          results[index] = "late"
          G.sound("time")
          phase, flash_at = "flash", now
        end
        if phase == "flash" and now - flash_at >= FLASH then
          if index == #MESSAGES then
            phase = "done"
          else
            index, arrived, phase = index + 1, now, "show"
          end
        end
        return phase == "done"
      end,

      input = function(e)
        if e.type == "move" then
          hover = button_at(e.x, e.y)
          return false
        end
        if phase == "ready" then
          if (e.type == "key" and START_KEYS[e.key]) or (e.type == "press" and inside(START_BTN, e.x, e.y)) then
            G.sound("click")
            phase, index, arrived, hover = "show", 1, now, nil
          end
        elseif phase == "show" then
          if e.type == "key" then
            if KEEP_KEYS[e.key] then
              decide(false)
            elseif REPORT_KEYS[e.key] then
              decide(true)
            end
          elseif e.type == "press" then
            local b = button_at(e.x, e.y)
            if b then decide(b == "report") end
          end
        end
        return false
      end,

      draw = function(g)
        g.text({ fr = "Garder ou signaler ?", en = "Keep or report?" }, 40, 6, 620, 56,
          { size = 36, bold = true, valign = "middle" })
        -- Progress: one dot a message, green with a tick when sorted right, red with a cross
        -- when not (a shape too, not only a colour).
        if phase ~= "ready" then
          g.text(index .. " / " .. #MESSAGES, 600, 6, 150, 56,
            { size = 30, color = "muted", align = "right", valign = "middle" })
        end
        for i = 1, #MESSAGES do
          local r = results[i]
          local c = r == "right" and "right" or r and "wrong" or (i == index and phase ~= "ready") and "accent" or "panel-hi"
          local x = 784 + (i - 1) * 40
          g.circle(x, 34, 12, c)
          if r == "right" then
            g.line(x - 6, 35, x - 2, 40, "text", 3)
            g.line(x - 2, 40, x + 6, 28, "text", 3)
          elseif r then
            g.line(x - 5, 29, x + 5, 39, "text", 3)
            g.line(x - 5, 39, x + 5, 29, "text", 3)
          end
        end

        if phase == "ready" then
          g.panel(100, 84, 1000, 340, "bg")
          g.text({
            fr = "Dix messages vont arriver, de plus en plus vite. Garde les vrais, signale les arnaques : regarde qui écrit, ce qu’on te demande et où mène le lien.",
            en = "Ten messages are coming, faster and faster. Keep the genuine ones, report the scams: look at who is writing, what they ask for and where the link goes.",
          }, 140, 100, 920, 210, { size = 32, align = "center", valign = "middle" })
          g.text({ fr = "← ou G : garder     S ou → : signaler", en = "← or K: keep     R or →: report" },
            140, 318, 920, 80, { size = 30, bold = true, color = "accent", align = "center", valign = "middle" })
          local b = START_BTN
          g.panel(b.x, b.y, b.w, b.h, hover == "start" and "focus" or "accent")
          g.text({ fr = "C’est parti !", en = "Let’s go!" }, b.x, b.y + 8, b.w, 64,
            { size = 40, bold = true, color = "ink", align = "center", valign = "middle" })
          g.text({ fr = "ou touche Entrée", en = "or press Enter" }, b.x, b.y + 70, b.w, 40,
            { size = 28, color = "ink", align = "center", valign = "middle" })
          return
        end

        local m = MESSAGES[index]
        local dx = 0
        if phase == "show" and not g.reduced_motion then -- reduced motion: in place at once
          local p = math.min(1, (now - arrived) / SLIDE)
          dx = math.floor((1 - g.ease("out", p)) * 160)
        end
        draw_card(g, m, dx)

        if phase == "show" then
          -- Time left for this message: the bar turns red for the last three seconds.
          local left = math.max(0, lifetime(index) - (now - arrived))
          g.rect(100, 424, 1000, 14, "bg")
          g.rect(100, 424, math.floor(1000 * left / lifetime(index)), 14, left < 3 and "wrong" or "accent")
          draw_button(g, KEEP_BTN, { fr = "←  Garder", en = "←  Keep" },
            { fr = "ou touche G", en = "or press K" }, "right", hover == "keep")
          draw_button(g, REPORT_BTN, { fr = "Signaler  →", en = "Report  →" },
            { fr = "ou touche S", en = "or press R" }, "wrong", hover == "report")
        elseif phase == "flash" or phase == "done" then
          local col = results[index] == "right" and "right" or "wrong"
          g.frame(CARD.x - 6, CARD.y - 6, CARD.w + 12, CARD.h + 12, col, 8)
          g.panel(100, 452, 1000, 120, col)
          g.text(verdict(index), 120, 452, 960, 120,
            { size = 38, bold = true, color = "text", align = "center", valign = "middle" })
        end
      end,

      finish = function(timeout)
        local right, late, items = 0, 0, {}
        for i, m in ipairs(MESSAGES) do
          local r, c = results[i], choices[i]
          if r == "right" then right = right + 1 end
          if r ~= "right" and r ~= "wrong" then late = late + 1 end
          local did = c == "keep" and { fr = "gardé", en = "kept" }
            or c == "report" and { fr = "signalé", en = "reported" }
            or { fr = "trop tard", en = "too late" }
          items[i] = {
            text = { fr = m.item.fr .. " · " .. did.fr, en = m.item.en .. " · " .. did.en },
            ok = r == "right",
            why = m.why,
          }
        end
        local n = #MESSAGES
        local summary = {
          fr = string.format("%d message%s sur %d bien trié%s", right, right > 1 and "s" or "", n, right > 1 and "s" or ""),
          en = string.format("%d of %d messages sorted right", right, n),
        }
        if late > 0 then
          summary.fr = summary.fr .. string.format(" (%d trop tard)", late)
          summary.en = summary.en .. string.format(" (%d too late)", late)
        end
        return { credit = right / n, summary = summary, items = items }
      end,
    },
  },
}
