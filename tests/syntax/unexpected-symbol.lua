-- expect: line 4: Lua did not expect '=' here: look just before it for a missing comma, quote or =, or a character too many.
return {
  id = "x",
  title = = "Titre",
}
