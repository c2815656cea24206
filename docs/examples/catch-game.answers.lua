return {
  -- The player presses 2 (the trapped link) after a second and a half: credit 1, 1000 points.
  { play = { { at = 1.5, key = "2" } } },
}
