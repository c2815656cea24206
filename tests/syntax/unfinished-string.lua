-- expect: line 5: a quote is not closed: a text starts and ends with the same quote (" or ') on the same line.
return {
  id = "x",
  title = { fr = "Titre", en = "Title" },
  intro = "Bienvenue,
}
