-- Benchmark level: the one question screen that bench/run measures
-- (build/vigie --open bench/level.lua). Same text as bench/floor/floor.c and
-- bench/love/main.lua. time = 0: untimed, so the idle screen is static.
return {
  id = "bench",
  title = { fr = "Banc d'essai", en = "Benchmark" },
  description = "Un écran de question fixe, pour mesurer le moteur (make bench).",
  audience = { "lycee" },
  questions = {
    {
      id = "q",
      kind = "choice",
      prompt = {
        fr = "Vous recevez un e-mail de votre banque qui vous demande de confirmer vos identifiants en urgence. Que faites-vous\u{A0}?",
        en = "You receive an e-mail from your bank asking you to confirm your login details urgently. What do you do?",
      },
      choices = {
        "Je clique sur le lien et je me reconnecte",
        "J'appelle ma banque au numéro habituel",
        "Je réponds avec mon identifiant et mon code",
        "Je transfère l'e-mail à mes amis pour avis",
      },
      correct = 2,
      explain = "Une banque ne demande jamais vos identifiants par e-mail : en cas de doute, appelez-la au numéro que vous connaissez.",
      time = 0,
    },
  },
}
