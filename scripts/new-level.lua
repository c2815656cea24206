-- A new Vigie level, made by `vigie new`. Edit it, then:
--   vigie check @FILE@     (every problem, as file:line: message)
--   vigie --open @FILE@    (play it at once; save the file and it reloads)
-- The guide: docs/authoring.md. Every text is { fr = "…", en = "…" } or one plain string.
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
      },
      correct = { 1, 2 },
      explain = {
        fr = "La double authentification arrête un voleur qui a le mot de passe ; un gestionnaire en crée un solide par site.",
        en = "Two-factor authentication stops a thief who has the password; a manager makes a strong one per site.",
      },
      source = "ANSSI",
      time = 25,
    },

    -- Hands-on: find the clues in a text message drawn from data (also mail = { … },
    -- browser = { … }, post = { … }, or spots on a picture). A part with a `clue` is one to
    -- find; the others are decoys. Other kinds: order, sort, input, estimate, password.
    {
      id = "fourth-question",
      kind = "hotspot",
      prompt = { fr = "Touche les indices d’arnaque dans ce SMS.", en = "Tap the scam clues in this text." },
      sms = {
        from = { text = "+33 7 00 00 00 00",
                 clue = { fr = "Un numéro inconnu, pas le nom du service.", en = "An unknown number, not the service's name." } },
        messages = {
          { text = { fr = "Ton compte sera bloqué ce soir.", en = "Your account will be locked tonight." },
            clue = { fr = "L’urgence pousse à agir sans réfléchir.", en = "Urgency pushes you to act without thinking." } },
          { fr = "Merci.", en = "Thank you." },
        },
      },
      explain = {
        fr = "Ne réponds pas et ne clique pas : vérifie dans l’appli officielle, puis transfère le SMS au 33700.",
        en = "Don't reply or tap: check in the official app, then forward the text to 33700.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 45,
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
  },

  -- Optional: your own scoring rule, instead of the engine's (docs/scoring.md).
  -- score = function(answer, ctx) if ctx.correct then return 100 end return 0 end,
}
