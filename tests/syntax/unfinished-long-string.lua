-- expect: line 4: the long text opened here with [[ never ends: close it with ]].
return {
  id = "x",
  intro = [[Bienvenue.

Lisez bien.
}
