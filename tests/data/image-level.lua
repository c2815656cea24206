-- A level with pictures, for the image tests: one found, one missing (a warning, and a
-- placeholder in the game). vigie-title.png is a screenshot of Vigie itself.
return {
  id = "images",
  title = { fr = "Images", en = "Pictures" },
  questions = {
    { prompt = { fr = "Que montre cette image ?", en = "What does this picture show?" },
      image = "vigie-title.png",
      choices = { { fr = "Le titre du jeu", en = "The game's title" }, { fr = "Un e-mail", en = "An email" } },
      correct = 1, explain = { fr = "C’est l’écran titre.", en = "It is the title screen." } },
    { prompt = { fr = "Et celle-ci ?", en = "And this one?" },
      image = "not-there.png",
      choices = { "A", "B" }, correct = 2, explain = "x" },
  },
}
