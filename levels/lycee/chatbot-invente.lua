-- Level "chatbot-invente" of the lycee pack: a mini-game (docs/minigames.md).
-- A student prepares a presentation with a chatbot. Six answers type themselves out in a chat;
-- three are accurate, three are made up (a fake quote, a fake law article, a wrong date). The
-- player marks each one reliable or made up, and for a made-up one picks how to check it.
-- Teaches (lycée, about 4 minutes): a chatbot predicts likely words and can invent a quote, a
-- law article or a date; check at the source, not by asking it again.
-- True facts: the CNIL was created by the loi Informatique et Libertés of 6 January 1978; the
-- GDPR has applied since 25 May 2018 (its article 99, which says only that); ChatGPT was
-- released by OpenAI on 30 November 2022; 3018 is the free, anonymous and confidential national
-- number for young victims of online violence, run by e-Enfance, which can help get a post or an
-- account removed. The feedback states no age rule for social networks: French law on it was
-- changing in 2025–2026 (a law for under-15s), so it says only that article 99 holds none and
-- that age rules are read on an official site. The invented facts are said to be invented.
-- Sources: the question's `source` names its pages; quotes in
-- /work/factcheck/i16/chatbot-invente.sources.md. Licence: CC BY-SA 4.0.

-- The exchanges, in order. `made_up`: the answer holds an invention; then `checks` lists three
-- ways to check it and `good` is the one that really checks it.
local EXCHANGES = {
  {
    ask = { fr = "Quand la CNIL a-t-elle été créée ?", en = "When was the CNIL created?" },
    answer = {
      fr = "En 1978, par la loi Informatique et Libertés. La CNIL veille à la protection de nos données personnelles.",
      en = "In 1978, by France’s Data Protection Act. The CNIL is the authority that protects our personal data.",
    },
    made_up = false,
    item = { fr = "La CNIL créée en 1978", en = "The CNIL created in 1978" },
    why = {
      fr = "Exact : la loi Informatique et Libertés du 6 janvier 1978 a créé la CNIL (cnil.fr).",
      en = "Accurate: the Data Protection Act of 6 January 1978 created the CNIL (cnil.fr).",
    },
  },
  {
    ask = { fr = "Tu as une citation célèbre pour mon intro ?", en = "Got a famous quote for my intro?" },
    answer = {
      fr = "Victor Hugo, dans Les Misérables (1862) : « Sur Internet, rien ne s’efface jamais. »",
      en = "Victor Hugo, in Les Misérables (1862): “On the Internet, nothing is ever erased.”",
    },
    made_up = true,
    checks = {
      { fr = "Chercher la phrase dans le texte du roman", en = "Look for the sentence in the novel itself" },
      { fr = "Demander au chatbot si elle est authentique", en = "Ask the chatbot whether it is genuine" },
      { fr = "Voir si la citation circule sur les réseaux", en = "See if the quote is shared on social media" },
    },
    good = 1,
    item = { fr = "Citation de Hugo sur Internet", en = "Hugo quote about the Internet" },
    why = {
      fr = "Inventé : Internet n’existait pas en 1862 ! Cherche la phrase dans le roman (Wikisource, Gallica).",
      en = "Made up: no Internet in 1862! Look for the sentence in the novel itself, in a digital library.",
    },
  },
  {
    ask = { fr = "Depuis quand le RGPD s’applique-t-il ?", en = "Since when has the GDPR applied?" },
    answer = {
      fr = "Depuis le 25 mai 2018, dans tous les pays de l’Union européenne.",
      en = "Since 25 May 2018, in every country of the European Union.",
    },
    made_up = false,
    item = { fr = "RGPD depuis le 25 mai 2018", en = "GDPR since 25 May 2018" },
    why = {
      fr = "Exact : le RGPD, règlement européen sur les données personnelles, s’applique depuis le 25 mai 2018.",
      en = "Accurate: the GDPR, the EU regulation on personal data, has applied since 25 May 2018.",
    },
  },
  {
    ask = {
      fr = "En France, à quel âge peut-on s’inscrire seul sur un réseau social ?",
      en = "In France, at what age can you join a social network on your own?",
    },
    answer = {
      fr = "À 18 ans : l’article 99 du RGPD interdit les réseaux sociaux aux mineurs dans toute l’Europe.",
      en = "At 18: Article 99 of the GDPR bans social networks for minors all over Europe.",
    },
    made_up = true,
    checks = {
      { fr = "Demander au chatbot de recopier l’article", en = "Ask the chatbot to quote the article" },
      { fr = "Lui faire confiance : le numéro est précis", en = "Trust it: the article number is precise" },
      { fr = "Lire l’article sur un site officiel (CNIL)", en = "Read the article on an official site (CNIL)" },
    },
    good = 3,
    item = { fr = "« Article 99 » : 18 ans", en = "“Article 99”: age 18" },
    why = {
      fr = "Inventé : l’article 99 dit seulement quand le RGPD entre en vigueur et s’applique. Les règles d’âge, elles, changent avec les lois : lis-les sur un site officiel.",
      en = "Made up: Article 99 only says when the GDPR enters into force and applies. Age rules change with the law: read them on an official site.",
    },
  },
  {
    ask = { fr = "Et ChatGPT, il est sorti quand ?", en = "And when did ChatGPT come out?" },
    answer = {
      fr = "ChatGPT a été lancé par Google en 2008.",
      en = "ChatGPT was launched by Google in 2008.",
    },
    made_up = true,
    checks = {
      { fr = "Poser la même question à un autre chatbot", en = "Ask another chatbot the same question" },
      { fr = "Comparer avec une encyclopédie ou la presse", en = "Compare with an encyclopedia or the news" },
      { fr = "Reposer la question au même chatbot", en = "Ask the same chatbot again" },
    },
    good = 2,
    item = { fr = "ChatGPT « Google, 2008 »", en = "ChatGPT “Google, 2008”" },
    why = {
      fr = "Inventé : ChatGPT a été lancé par OpenAI en novembre 2022. Une encyclopédie le confirme en une minute.",
      en = "Made up: ChatGPT was launched by OpenAI in November 2022. An encyclopedia confirms it in a minute.",
    },
  },
  {
    ask = { fr = "Qui contacter en cas de cyberharcèlement ?", en = "Who can you contact about cyberbullying?" },
    answer = {
      fr = "Le 3018 : un numéro gratuit, anonyme et confidentiel. Il peut aussi aider à faire supprimer des publications.",
      en = "In France, 3018: a free, anonymous and confidential number. It can also help get posts taken down.",
    },
    made_up = false,
    item = { fr = "Le 3018", en = "3018" },
    why = {
      fr = "Exact : le 3018 (association e-Enfance) répond par téléphone et par tchat sur 3018.fr, et aide à faire supprimer un contenu ou un compte.",
      en = "Accurate: 3018 (run by the e-Enfance charity) answers by phone and by chat on 3018.fr, and helps get a post or an account removed.",
    },
  },
}

-- Timing of one exchange, in seconds from its start.
local BOT_AT = 0.4    -- the chatbot's bubble shows, with "typing" dots
local TYPE_FROM = 1.0 -- its text starts to appear
local TYPE_TIME = 2.5 -- and is whole this long after (the same in every language)

-- Layout, in canvas units.
local ASK = { x = 420, y = 76, w = 760, h = 92 }
local BOT = { x = 96, y = 184, w = 884, h = 150 }
local JUDGE_BTNS = { { x = 100, y = 410, w = 480, h = 110 }, { x = 620, y = 410, w = 480, h = 110 } }
local CHECK_BTNS = {
  { x = 100, y = 404, w = 1000, h = 56 },
  { x = 100, y = 468, w = 1000, h = 56 },
  { x = 100, y = 532, w = 1000, h = 56 },
}
local NEXT_BTN = { x = 890, y = 456, w = 290, h = 120 }

-- The game's state, all set in init.
local G       -- the drawing table, for g.sound outside draw
local now     -- seconds since the game started
local phase   -- "typing", "judge", "check", "result" or "done"
local index   -- the exchange on screen
local started -- when it started
local whole   -- the player skipped the typing: the answer shows whole
local focus   -- the button the arrow keys are on, or nil
local hover   -- the button under the pointer, or nil
local said    -- per exchange: 1 (reliable) or 2 (made up)
local checked -- per exchange: the way to check picked, for a made-up answer
local credits -- per exchange: 0, 0.5 or 1

local function inside(b, x, y)
  return x >= b.x and x < b.x + b.w and y >= b.y and y < b.y + b.h
end

local function buttons()
  if phase == "judge" then return JUDGE_BTNS end
  if phase == "check" then return CHECK_BTNS end
  if phase == "result" then return { NEXT_BTN } end
  return {}
end

local function button_at(x, y)
  for i, b in ipairs(buttons()) do
    if inside(b, x, y) then return i end
  end
  return nil
end

local function judge(n)
  local ex = EXCHANGES[index]
  said[index] = n
  focus, hover = nil, nil
  if ex.made_up and n == 2 then
    G.sound("right")
    phase = "check"
    return
  end
  local right = (n == 2) == ex.made_up
  credits[index] = right and 1 or 0
  G.sound(right and "right" or "wrong")
  phase = "result"
end

local function pick_check(n)
  local ex = EXCHANGES[index]
  checked[index] = n
  credits[index] = n == ex.good and 1 or 0.5
  G.sound(n == ex.good and "right" or "wrong")
  focus, hover = nil, nil
  phase = "result"
end

-- Moves on; true when the last exchange is done.
local function next_exchange()
  focus, hover = nil, nil
  if index == #EXCHANGES then
    phase = "done"
    return true
  end
  index, started, whole, phase = index + 1, now, false, "typing"
  G.sound("click")
  return false
end

-- The first `share` (0…1) of a text, cut on a whole character.
local function cut(s, share)
  local n = utf8.len(s) or #s
  local k = math.floor(n * share)
  if k >= n then return s end
  if k <= 0 then return "" end
  return s:sub(1, utf8.offset(s, k + 1) - 1)
end

local function verdict()
  local ex, c = EXCHANGES[index], credits[index]
  if c == 1 then
    return ex.made_up and { fr = "✓ Bien vu, et bonne vérification !", en = "✓ Well spotted, and a good way to check!" }
      or { fr = "✓ Bien jugé !", en = "✓ Well judged!" }, "right", "text"
  elseif c == 0.5 then
    return { fr = "½ Bien repéré, mais cette vérification ne suffit pas.", en = "½ Well spotted, but that check is not enough." },
      "accent", "ink"
  end
  return { fr = "✗ Pas cette fois…", en = "✗ Not this time…" }, "wrong", "text"
end

-- The game is drawn on a "panel" surface: bubbles are "panel-hi", buttons "bg".
local function draw_choice(g, b, key, label, size, active)
  g.panel(b.x, b.y, b.w, b.h, active and "panel-hi" or "bg", 14)
  if active then g.frame(b.x, b.y, b.w, b.h, "focus", 4) end
  local r = math.min(24, b.h // 2 - 6)
  g.circle(b.x + 16 + r, b.y + b.h // 2, r, "accent")
  g.text(key, b.x + 16, b.y + b.h // 2 - r, 2 * r, 2 * r, { size = 28, bold = true, color = "ink", align = "center", valign = "middle" })
  g.text(label, b.x + 32 + 2 * r, b.y, b.w - 48 - 2 * r, b.h, { size = size, bold = size > 30, valign = "middle" })
end

return {
  id = "chatbot-invente",
  title = { fr = "Le chatbot a-t-il inventé ?", en = "Did the chatbot make it up?" },
  description = {
    fr = "Tu prépares un exposé avec un chatbot. Certaines réponses sont exactes, d’autres inventées : repère-les et choisis comment vérifier.",
    en = "You’re preparing a presentation with a chatbot. Some answers are accurate, others made up: spot them and choose how to check.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "chat",
      kind = "game",
      prompt = {
        fr = "Pour chaque réponse du chatbot : fiable ou inventée ? Si elle est inventée, choisis comment le vérifier.",
        en = "For each of the chatbot’s answers: reliable or made up? If it’s made up, choose how to check it.",
      },
      explain = {
        fr = "Un chatbot prédit des mots probables : il peut inventer une citation, une loi ou une date avec aplomb. Lui demander s’il est sûr ne prouve rien : remonte à la source (texte original, site officiel, encyclopédie).",
        en = "A chatbot predicts likely words: it can confidently invent a quote, a law or a date. Asking it whether it’s sure proves nothing: go back to the source (the original text, an official site, an encyclopedia).",
      },
      source = "RGPD, art. 99 : https://eur-lex.europa.eu/eli/reg/2016/679/oj · 3018 : https://www.educnum.fr/fr/net-ecoute-devient-le-3018-nouveau-numero-pour-lutter-contre-les-violences-numeriques",

      init = function(game)
        G = game
        now = 0
        phase = "typing"
        index = 1
        started = 0
        whole = false
        focus = nil
        hover = nil
        said, checked, credits = {}, {}, {}
      end,

      update = function(dt)
        now = now + dt
        if phase == "typing" and now - started >= TYPE_FROM + TYPE_TIME then phase = "judge" end
        return phase == "done"
      end,

      input = function(e)
        if e.type == "move" then
          hover = button_at(e.x, e.y)
          return false
        end
        local key = e.type == "key" and e.key or nil
        if phase == "typing" then
          -- Enter, Space or a tap shows the whole answer at once.
          if key == "enter" or key == "space" or e.type == "press" then
            whole, phase = true, "judge"
          end
        elseif phase == "judge" then
          if key == "1" or key == "2" then
            judge(tonumber(key))
          elseif key == "left" then
            focus = 1
          elseif key == "right" then
            focus = 2
          elseif (key == "enter" or key == "space") and focus then
            judge(focus)
          elseif e.type == "press" then
            local b = button_at(e.x, e.y)
            if b then judge(b) end
          end
        elseif phase == "check" then
          if key == "1" or key == "2" or key == "3" then
            pick_check(tonumber(key))
          elseif key == "down" then
            focus = focus and focus % 3 + 1 or 1
          elseif key == "up" then
            focus = focus and (focus + 1) % 3 + 1 or 3
          elseif (key == "enter" or key == "space") and focus then
            pick_check(focus)
          elseif e.type == "press" then
            local b = button_at(e.x, e.y)
            if b then pick_check(b) end
          end
        elseif phase == "result" then
          if key == "enter" or key == "space" or (e.type == "press" and button_at(e.x, e.y)) then
            return next_exchange()
          end
        end
        return phase == "done"
      end,

      draw = function(g)
        local ex = EXCHANGES[index]
        local t = now - started

        -- The chat's header.
        g.panel(8, 6, 1184, 60, "bg", 14)
        g.circle(44, 36, 20, "accent")
        g.text({ fr = "Chatbot · exposé « Nos données en ligne »", en = "Chatbot · “Our data online” presentation" },
          78, 6, 900, 60, { size = 30, bold = true, valign = "middle" })
        g.text(index .. " / " .. #EXCHANGES, 1000, 6, 170, 60, { size = 30, color = "muted", align = "right", valign = "middle" })

        -- The student's question, sliding in from the right.
        local slide = math.floor((1 - g.ease("out", math.min(1, t / 0.3))) * 120)
        if g.reduced_motion then slide = 0 end -- reduced motion: in place at once
        g.panel(ASK.x + slide, ASK.y, ASK.w, ASK.h, "accent", 20)
        g.text(ex.ask, ASK.x + slide + 24, ASK.y, ASK.w - 48, ASK.h, { size = 30, color = "ink", valign = "middle" })

        -- The chatbot's answer: dots, then the text typing itself out.
        if t >= BOT_AT or whole then
          g.circle(52, BOT.y + 40, 30, "accent")
          g.text({ fr = "IA", en = "AI" }, 22, BOT.y + 10, 60, 60, { size = 28, bold = true, color = "ink", align = "center", valign = "middle" })
          local share = whole and 1 or math.max(0, (t - TYPE_FROM) / TYPE_TIME)
          if share <= 0 then
            g.panel(BOT.x, BOT.y, 150, 80, "panel-hi", 20)
            for k = 0, 2 do
              local up = g.reduced_motion and 0 or math.max(0, math.sin(now * 8 - k * 0.9)) * 8
              g.circle(BOT.x + 42 + k * 33, BOT.y + 42 - up, 9, "muted")
            end
          else
            g.panel(BOT.x, BOT.y, BOT.w, BOT.h, "panel-hi", 20)
            g.text(cut(g.tr(ex.answer), share), BOT.x + 28, BOT.y + 14, BOT.w - 56, BOT.h - 28, { size = 30 })
          end
        end

        if phase == "typing" then
          g.text({ fr = "Le chatbot écrit…  (appuie sur Entrée ou sur l’écran pour tout afficher)", en = "The chatbot is typing…  (Enter or tap to show it all)" },
            40, 400, 1120, 80, { size = 28, color = "muted", align = "center", valign = "middle" })
        elseif phase == "judge" then
          g.text({ fr = "Le chatbot a-t-il inventé ?", en = "Did the chatbot make it up?" }, 40, 350, 1120, 50,
            { size = 34, bold = true, align = "center", valign = "middle" })
          draw_choice(g, JUDGE_BTNS[1], "1", { fr = "✓ Fiable", en = "✓ Reliable" }, 38, focus == 1 or hover == 1)
          draw_choice(g, JUDGE_BTNS[2], "2", { fr = "✗ Inventé", en = "✗ Made up" }, 38, focus == 2 or hover == 2)
          g.text({ fr = "Au clavier : 1 ou 2, ou ← → puis Entrée", en = "Press 1 or 2, or ← → then Enter" }, 40, 528, 1120, 56,
            { size = 28, color = "muted", align = "center", valign = "middle" })
        elseif phase == "check" then
          g.text({ fr = "Bien vu, c’est inventé ! Comment le vérifier ?", en = "Well spotted, it’s made up! How would you check?" },
            40, 346, 1120, 52, { size = 32, bold = true, align = "center", valign = "middle" })
          for i, b in ipairs(CHECK_BTNS) do
            draw_choice(g, b, tostring(i), ex.checks[i], 28, focus == i or hover == i)
          end
        elseif phase == "result" or phase == "done" then
          local text, fill, ink = verdict()
          -- A stamp on the answer, then the verdict and why.
          local made_up = ex.made_up
          g.panel(BOT.x + BOT.w + 16, BOT.y + 20, 188, 48, made_up and "wrong" or "right", 12)
          g.text(made_up and { fr = "INVENTÉ", en = "MADE UP" } or { fr = "EXACT", en = "ACCURATE" },
            BOT.x + BOT.w + 16, BOT.y + 20, 188, 48, { size = 28, bold = true, color = "text", align = "center", valign = "middle" })
          g.panel(20, 364, 850, 212, fill)
          g.text(text, 44, 374, 806, 52, { size = 30, bold = true, color = ink, valign = "middle" })
          g.text(ex.why, 44, 428, 806, 140, { size = 28, color = ink })
          local b = NEXT_BTN
          g.panel(b.x, b.y, b.w, b.h, hover == 1 and "focus" or "accent")
          g.text(index == #EXCHANGES and { fr = "Terminer", en = "Finish" } or { fr = "Suivant →", en = "Next →" },
            b.x, b.y + 10, b.w, 60, { size = 36, bold = true, color = "ink", align = "center", valign = "middle" })
          g.text({ fr = "Entrée", en = "Enter" }, b.x, b.y + 68, b.w, 40, { size = 28, color = "ink", align = "center", valign = "middle" })
        end
      end,

      finish = function(timeout)
        local total, full, half, items = 0, 0, 0, {}
        for i, ex in ipairs(EXCHANGES) do
          local c = credits[i] or 0
          total = total + c
          if c == 1 then full = full + 1 elseif c > 0 then half = half + 1 end
          local text = ex.item
          if c > 0 and c < 1 then
            text = { fr = ex.item.fr .. " · à moitié", en = ex.item.en .. " · half right" }
          elseif credits[i] == nil then
            text = { fr = ex.item.fr .. " · pas jugé", en = ex.item.en .. " · not judged" }
          end
          items[i] = { text = text, ok = c, why = ex.why } -- 0, 0.5 (half right) or 1
        end
        local n = #EXCHANGES
        local summary = {
          fr = string.format("%d réponse%s sur %d bien jugée%s", full, full > 1 and "s" or "", n, full > 1 and "s" or ""),
          en = string.format("%d of %d answers judged right", full, n),
        }
        if half > 0 then
          summary.fr = summary.fr .. string.format(", %d à moitié", half)
          summary.en = summary.en .. string.format(", %d half right", half)
        end
        return { credit = total / n, summary = summary, items = items }
      end,
    },
  },
}
