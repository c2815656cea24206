-- expect: line 2: the '{' opened here is never closed: its closing is missing, or that of something opened inside it (} for {, ) for (, end for function, if, for, do).
return {
  id = "x",
  title = { fr = "Titre", en = "Title" },
