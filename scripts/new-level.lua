-- Un nouveau niveau Vigie, écrit par `vigie new`. Modifiez-le, puis :
-- A new Vigie level, made by `vigie new`. Edit it, then:
--   vigie check @FILE@     (chaque problème, en fichier:ligne: message / every problem)
--   vigie --open @FILE@    (jouez-le ; il se recharge à chaque enregistrement / play it)
--   vigie --open @FILE@ --question 6    (directement à la 6 / straight to question 6)
-- Le guide : docs/fr/ecrire-un-niveau.md (English: docs/authoring.md). Chaque texte est
-- { fr = "…", en = "…" } ou une seule chaîne. Chaque type de question y figure une fois :
-- choice, truefalse, multi, hotspot (un e-mail), order, sort, input, estimate, password, game.
-- Tu ou vous : une seule forme par niveau (les écrans du jeu tutoient). Ici : tu.

-- L’état du mini-jeu (question 10), remis à zéro par son init. / The mini-game's state.
local picked

return {
  id = "@ID@", -- lower-case letters, digits and dashes; results are kept under it
  title = { fr = "Mon nouveau niveau", en = "My new level" },
  description = {
    fr = "Une ou deux phrases pour dire ce que l’on va apprendre.",
    en = "One or two sentences on what players will learn.",
  },
  audience = { "lycee" }, -- "lycee", "pme", "metiers" ou "stand"

  questions = {
    -- Une bonne réponse parmi 2 à 6. `correct` compte à partir de 1, dans l’ordre écrit ici :
    -- le jeu mélange les choix lui-même. / One right answer; the game shuffles the choices.
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
      -- Pourquoi la bonne réponse l’est, et pourquoi la mauvaise tentante ne l’est pas.
      explain = {
        fr = "Quatre mots au hasard font une phrase de passe longue et facile à retenir. « Soleil2024! » suit un modèle que les pirates essaient en premier.",
        en = "Four random words make a long passphrase that is easy to remember. “Sunshine2024!” follows a pattern attackers try first.",
      },
      source = "ANSSI",
      time = 25, -- seconds; 0 for no limit
    },

    -- Vrai ou faux : pas de choix, `correct` vaut true ou false. / True or false.
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

    -- Plusieurs bonnes réponses : `correct` les liste ; une réponse en partie juste rapporte
    -- une partie des points. / Several right answers; partial answers earn partial points.
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
      -- Autant de mauvais choix que de bons : tout cocher ne doit rien rapporter.
      correct = { 1, 2 },
      explain = {
        fr = "La double authentification arrête un voleur qui a le mot de passe ; un gestionnaire en crée un solide par site.",
        en = "Two-factor authentication stops a thief who has the password; a manager makes a strong one per site.",
      },
      source = "ANSSI",
      time = 25,
    },

    -- Trouver les indices dans un e-mail dessiné à partir de données (aussi sms, browser, post,
    -- chat, document, call ou notification = { … }, ou des zones d’une image). Une partie avec
    -- `clue` est un indice à trouver ; les autres sont des leurres. `id` la nomme dans un fichier
    -- de réponses.
    -- Find the clues in a mock-up: a part with a `clue` is one to find, the others are decoys.
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

    -- Remettre des étapes dans l’ordre : écrivez-les dans le bon ordre, le jeu les mélange.
    -- Steps in order: write them in the right order, the game shuffles them.
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

    -- Ranger des cartes dans 2 à 4 cases : chaque carte dit sa bonne case `bin` (à partir de 1).
    -- Sort cards into bins: each card says its right `bin`.
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

    -- Taper la réponse : `accept` liste ce qui est juste (majuscules, accents, espaces et
    -- apostrophes typographiques ne comptent pas), ou bien `number = 3018`.
    -- Type the answer: `accept` lists what is right, or `number = 3018`.
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

    -- Une valeur sur un curseur de `min` à `max` (`log = true` quand elle s’étend sur des
    -- puissances de dix) ; des points selon la proximité. Le curseur part du milieu : mettez la
    -- bonne valeur loin de lui. format = "plain" écrit 19 000 000 €, "short" 19 M€, au lieu de
    -- 1,9 × 10⁷ €. / A value on a slider; it starts in the middle, keep the answer away from it.
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

    -- Inventer un mot de passe aussi solide que `strength` le demande (1 faible … 4 très
    -- solide) ; le jeu le mesure pendant la frappe et ne le garde jamais.
    -- Make up a password as strong as `strength` asks; the game never keeps it.
    {
      id = "ninth-question",
      kind = "password",
      prompt = { fr = "Invente une phrase de passe de plusieurs mots.",
                 en = "Make up a passphrase of several words." },
      strength = 3,
      explain = {
        fr = "Quatre mots sans lien battent un mélange court de symboles.",
        en = "Four unrelated words beat a short jumble of symbols.",
      },
    },

    -- Un mini-jeu que vous programmez : init, input, draw, finish (docs/minigames.md).
    -- A mini-game you program.
    {
      id = "tenth-question",
      kind = "game",
      prompt = { fr = "Quel lien est un piège ? Appuie sur 1 ou 2.",
                 en = "Which link is a trap? Press 1 or 2." },
      time = 30,
      explain = {
        fr = "Le vrai domaine est la partie juste avant le premier /.",
        en = "The real domain is the part just before the first /.",
      },
      init = function() picked = nil end,
      input = function(e)
        if e.type == "key" and (e.key == "1" or e.key == "2") then picked = tonumber(e.key) end
        return picked ~= nil -- true : la partie est finie / the game is over
      end,
      draw = function(g)
        g.text("1. impots.gouv.fr     2. impots.gouv.fr.remboursement.example", 0, 250, g.width,
          100, { align = "center" })
      end,
      finish = function(timeout) return { credit = picked == 2 and 1 or 0 } end,
    },
  },

  -- Facultatif : comment les réponses comptent (docs/fr/score.md). La règle du jeu compte la
  -- réponse, sa rapidité et la série ; un niveau peut en nommer une autre, ou écrire la sienne
  -- en une ligne. / Optional: how answers score (docs/scoring.md).
  -- score = "accuracy",   -- or "no-streak", "no-speed", "confidence"
  -- score = function(answer, ctx) return ctx.points * ctx.credit end,
}
