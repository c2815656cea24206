-- expect: error "global 'package'"
package.loadlib("libc.so.6", "system")
return {
  id = "hostile", title = "Hostile", questions = {
    { prompt = "?", choices = { "a", "b" }, correct = 1, explain = "x" },
  },
}
