-- expect: line 4: a field is written name = value: the = (or a comma) is probably missing before '"boss@example.com"'.
return {
  id = "x",
  parts = { ["to"] "boss@example.com" },
}
