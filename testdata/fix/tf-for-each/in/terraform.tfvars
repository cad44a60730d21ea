keys = {
  data = { rotate = true }
  logs = { rotate = false } # legacy
}
