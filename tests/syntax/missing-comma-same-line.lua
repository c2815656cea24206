-- expect: line 4: a comma is probably missing before 'en' (between two fields of a table).
return {
  id = "x",
  title = { fr = "Titre" en = "Title" },
}
