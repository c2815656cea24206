-- expect: line 5: this '}' closes nothing that is open: there is one too many, or its opening is missing above.
return {
  id = "x",
  title = { fr = "Titre", en = "Title" } },
}
