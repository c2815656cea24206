-- docs/examples/catch-game.lua — the example of docs/minigames.md.
-- Three links scroll past; press the suspicious one (or its number key).
local links, picked, step
return {
  id = "catch-the-link",
  title = { fr = "Attrape le faux lien", en = "Catch the fake link" },
  questions = {
    {
      id = "catch",
      kind = "game",
      prompt = { fr = "Quel lien est piégé ?", en = "Which link is a trap?" },
      explain = {
        fr = "Lis le domaine de droite à gauche : c’est la partie juste avant le premier « / » qui compte.",
        en = "Read the domain from right to left: what comes just before the first “/” is what counts.",
      },
      time = 30,
      init = function(game)
        links = {
          { text = "impots.gouv.fr/espace", bad = false },
          { text = "impots.gouv.fr.remboursement.example/login", bad = true },
          { text = "service-public.fr/particuliers", bad = false },
        }
        picked = nil
        step = game.tween(-400, 0, 0.6, "out") -- the list slides in
      end,
      input = function(e)
        if e.type == "key" and e.key >= "1" and e.key <= "3" then
          picked = tonumber(e.key)
        elseif e.type == "press" then
          for i = 1, 3 do
            local y = 150 + (i - 1) * 130
            if e.y >= y and e.y < y + 110 then picked = i end
          end
        end
        return picked ~= nil -- over once a link is picked
      end,
      draw = function(g)
        g.text({ fr = "Touche le lien piégé (ou tape 1, 2 ou 3)", en = "Tap the trapped link (or press 1, 2 or 3)" },
          0, 40, g.width, 60, { size = 36, align = "center", bold = true })
        for i, l in ipairs(links) do
          local y = 150 + (i - 1) * 130
          g.panel(150 + step:value(), y, 900, 110, "panel-hi")
          g.text(i .. ".  " .. l.text, 190 + step:value(), y, 840, 110, { size = 34, valign = "middle" })
        end
      end,
      finish = function(timeout)
        local right = picked and links[picked].bad
        return {
          credit = right and 1 or 0,
          items = {
            {
              text = "impots.gouv.fr.remboursement.example",
              ok = right or false,
              why = {
                fr = "Le vrai domaine est remboursement.example ; « impots.gouv.fr » n’est qu’un préfixe.",
                en = "The real domain is remboursement.example; “impots.gouv.fr” is only a prefix.",
              },
            },
          },
        }
      end,
    },
  },
}
