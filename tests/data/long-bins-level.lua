-- A sort whose bins have long names, in three columns: the feedback's "(you put: …)" under a
-- card names a bin wider than its column; it must wrap in its column, not run into the next
-- (tests/render/test_layout_ui.c).
return {
  id = "long-bins",
  title = { fr = "Longues cases", en = "Long bins" },
  questions = {
    { kind = "sort", id = "long-bins",
      prompt = { fr = "Range chaque cas.", en = "Sort each case." },
      bins = {
        { fr = "Le signaler à la plateforme où c’est arrivé", en = "Report it on the platform where it happened" },
        { fr = "Appeler le 3018, gratuit et anonyme", en = "Call 3018, free and anonymous" },
        { fr = "Appeler le 17 tout de suite, en danger", en = "Call 17 at once, in danger" },
      },
      items = {
        { text = { fr = "Un faux compte à ton nom", en = "A fake account in your name" }, bin = 1 },
        { text = { fr = "Des insultes chaque soir", en = "Insults every evening" }, bin = 2 },
        { text = { fr = "Une menace de venir chez toi", en = "A threat to come to your home" }, bin = 3 },
        { text = { fr = "Une photo volée publiée", en = "A stolen photo posted" }, bin = 1 },
        { text = { fr = "Un groupe qui se moque", en = "A group mocking you" }, bin = 2 },
        { text = { fr = "Un rendez-vous forcé ce soir", en = "A meeting forced tonight" }, bin = 3 },
      },
      explain = { fr = "Chaque cas a son recours.", en = "Each case has its remedy." } },
  },
}
