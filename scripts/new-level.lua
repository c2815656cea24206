-- A new Vigie level, made by `vigie new`. Edit it, then:
--   vigie check @FILE@     (every problem, as file:line: message)
--   vigie --open @FILE@    (play it at once; save the file and it reloads)
--   vigie --open @FILE@ --question 6    (straight to question 6 / directement à la 6)
-- The guide: docs/authoring.md. Every text is { fr = "…", en = "…" } or one plain string.
-- Every kind is here once: choice, truefalse, multi, hotspot (an e-mail), order, sort, input,
-- estimate, password and game. / Chaque type de question y figure une fois.

-- The mini-game's state (question 10) lives here, set again by its init.
local picked

return {
  id = "@ID@", -- lower-case letters, digits and dashes; results are kept under it
  title = { fr = "Mon nouveau niveau", en = "My new level" },
  description = {
    fr = "Une ou deux phrases pour dire ce que l’on va apprendre.",
    en = "One or two sentences on what players will learn.",
  },
  audience = { "lycee" }, -- "lycee", "pme", "metiers" or "stand"

  questions = {
    -- One right answer among 2 to 6. `correct` counts from 1, in the order written here:
    -- the game shuffles the choices itself.
    {
      id = "first-question",
      kind = "choice",
      prompt = {
        fr = "Quel mot de passe est le plus solide ?",
        en = "Which password is the strongest?",
      },
      choices = {
        { fr = "Soleil2024!", en = "Sunshine2024!" },
        { fr = "cheval-agrafe-pile-correct", en = "horse-staple-battery-correct" },
        { fr = "P@ssw0rd", en = "P@ssw0rd" },
      },
      correct = 2,
      -- Why the right answer is right, and why the tempting wrong one is wrong.
      explain = {
        fr = "Quatre mots au hasard font une phrase de passe longue et facile à retenir. « Soleil2024! » suit un modèle que les pirates essaient en premier.",
        en = "Four random words make a long passphrase that is easy to remember. “Sunshine2024!” follows a pattern attackers try first.",
      },
      source = "ANSSI",
      time = 25, -- seconds; 0 for no limit
    },

    -- True or false: no choices, `correct` is true or false.
    {
      id = "second-question",
      kind = "truefalse",
      prompt = {
        fr = "Un mot de passe long peut être utilisé sur tous ses comptes.",
        en = "A long password can be used for all your accounts.",
      },
      correct = false,
      explain = {
        fr = "Si un site se fait voler ses données, le même mot de passe ouvre tous tes comptes.",
        en = "If one site is breached, the same password opens all your accounts.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 15,
    },

    -- Several right answers: `correct` lists them; partial answers earn partial points.
    {
      id = "third-question",
      kind = "multi",
      prompt = { fr = "Qu’est-ce qui protège un compte ?", en = "What protects an account?" },
      choices = {
        { fr = "La double authentification", en = "Two-factor authentication" },
        { fr = "Un gestionnaire de mots de passe", en = "A password manager" },
        { fr = "Un mot de passe noté sur un post-it", en = "A password on a sticky note" },
        { fr = "Le même mot de passe partout", en = "The same password everywhere" },
      },
      -- As many wrong choices as right ones: ticking every box must not earn points.
      correct = { 1, 2 },
      explain = {
        fr = "La double authentification arrête un voleur qui a le mot de passe ; un gestionnaire en crée un solide par site.",
        en = "Two-factor authentication stops a thief who has the password; a manager makes a strong one per site.",
      },
      source = "ANSSI",
      time = 25,
    },

    -- Hands-on: find the clues in an e-mail drawn from data (also sms = { … }, browser = { … },
    -- post = { … }, or spots on a picture). A part with a `clue` is one to find; the others are
    -- decoys. / Une partie avec `clue` est un indice à trouver ; les autres sont des leurres.
    {
      id = "fourth-question",
      kind = "hotspot",
      prompt = { fr = "Touche les indices d’arnaque dans cet e-mail.", en = "Tap the scam clues in this e-mail." },
      mail = {
        from = { name = "Service client", address = "support@colis-suivi.example",
                 clue = { fr = "Une adresse inconnue, pas celle du transporteur.", en = "An unknown address, not the carrier's." } },
        subject = { text = { fr = "Dernier avis avant retour", en = "Last notice before return" },
                    clue = { fr = "L’urgence pousse à agir sans réfléchir.", en = "Urgency pushes you to act without thinking." } },
        body = {
          { fr = "Bonjour,", en = "Hello," },
          { text = { fr = "Payez 1,99 € de frais pour recevoir votre colis.", en = "Pay a €1.99 fee to get your parcel." },
            clue = { fr = "Un petit montant pour obtenir ta carte bancaire.", en = "A small sum to get your card details." } },
        },
        attachments = { { name = "facture.zip",
                          clue = { fr = "Une archive inattendue.", en = "An unexpected archive." } } },
      },
      explain = {
        fr = "Ne clique pas : suis ton colis sur le site officiel du transporteur.",
        en = "Don't click: track your parcel on the carrier's official site.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 60,
    },

    -- Put steps in order: write them in the right order, the game shuffles them.
    {
      id = "fifth-question",
      kind = "order",
      prompt = { fr = "Ton ordinateur affiche une demande de rançon. Dans quel ordre agir ?",
                 en = "Your computer shows a ransom demand. In what order do you act?" },
      items = {
        { fr = "Débrancher du réseau", en = "Unplug it from the network" },
        { fr = "Prévenir un adulte ou l’informaticien", en = "Tell an adult or the IT person" },
        { fr = "Porter plainte", en = "File a complaint" },
      },
      explain = {
        fr = "Isoler d’abord pour arrêter la propagation, puis alerter, puis signaler. Ne paie jamais la rançon.",
        en = "Isolate first to stop it spreading, then alert, then report. Never pay the ransom.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 40,
    },

    -- Sort cards into 2 to 4 bins: each card says its right `bin` (a number, from 1).
    {
      id = "sixth-question",
      kind = "sort",
      prompt = { fr = "Donnée personnelle ou non ?", en = "Personal data or not?" },
      bins = { { fr = "Personnelle", en = "Personal" }, { fr = "Pas personnelle", en = "Not personal" } },
      items = {
        { text = { fr = "Une adresse IP", en = "An IP address" }, bin = 1 },
        { text = { fr = "La météo de Paris", en = "The weather in Paris" }, bin = 2 },
        { text = { fr = "Une photo de classe", en = "A class photo" }, bin = 1 },
      },
      explain = {
        fr = "Une donnée est personnelle dès qu’elle permet d’identifier quelqu’un, même indirectement.",
        en = "Data is personal as soon as it can identify someone, even indirectly.",
      },
      source = "CNIL",
      time = 40,
    },

    -- Type the answer: `accept` lists what is right (case, accents and spaces do not count),
    -- or give `number = 3018` instead. / Ou bien `number = 3018`.
    {
      id = "seventh-question",
      kind = "input",
      prompt = { fr = "Sur quel site signaler un e-mail d’hameçonnage ?", en = "Which website takes reports of phishing e-mails?" },
      accept = { "signal-spam.fr", "signal spam" },
      explain = {
        fr = "Signal Spam reçoit les e-mails frauduleux et aide à bloquer leurs expéditeurs.",
        en = "Signal Spam collects fraudulent e-mails and helps block their senders.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 30,
    },

    -- A value on a slider from `min` to `max` (`log = true` when it spans powers of ten);
    -- points by closeness. / Des points selon la proximité. format = "plain" writes
    -- 19 000 000 €, "short" 19 M€, instead of 1,9 × 10⁷ € (docs/authoring.md).
    {
      id = "eighth-question",
      kind = "estimate",
      prompt = { fr = "Combien de temps pour casser « azerty123 » par force brute ?",
                 en = "How long to brute-force “azerty123”?" },
      min = 0.001, max = 1e9, answer = 0.1, log = true, unit = "s",
      explain = {
        fr = "Un mot de passe court et courant tombe en moins d’une seconde.",
        en = "A short, common password falls in under a second.",
      },
      time = 30,
    },

    -- Make up a password as strong as `strength` asks (1 weak … 4 very strong); the game
    -- measures it as it is typed and never keeps it. / Le jeu ne garde jamais le mot de passe.
    {
      id = "ninth-question",
      kind = "password",
      prompt = { fr = "Inventez une phrase de passe de plusieurs mots.",
                 en = "Make up a passphrase of several words." },
      strength = 3,
      explain = {
        fr = "Quatre mots sans lien battent un mélange court de symboles.",
        en = "Four unrelated words beat a short jumble of symbols.",
      },
    },

    -- A mini-game you program: init, input, draw, finish (docs/minigames.md).
    {
      id = "tenth-question",
      kind = "game",
      prompt = { fr = "Quel lien est un piège ? Appuyez sur 1 ou 2.",
                 en = "Which link is a trap? Press 1 or 2." },
      time = 30,
      explain = {
        fr = "Le vrai domaine est la partie juste avant le premier /.",
        en = "The real domain is the part just before the first /.",
      },
      init = function() picked = nil end,
      input = function(e)
        if e.type == "key" and (e.key == "1" or e.key == "2") then picked = tonumber(e.key) end
        return picked ~= nil -- true: the game is over / la partie est finie
      end,
      draw = function(g)
        g.text("1. impots.gouv.fr     2. impots.gouv.fr.remboursement.example", 0, 250, g.width,
          100, { align = "center" })
      end,
      finish = function(timeout) return { credit = picked == 2 and 1 or 0 } end,
    },
  },

  -- Optional: how answers score (docs/scoring.md). The engine's rule counts the answer, its
  -- speed and the streak; a level may name another, or write its own in one line:
  -- score = "accuracy",   -- or "no-streak", "no-speed", "confidence"
  -- score = function(answer, ctx) return ctx.points * ctx.credit end,
}
