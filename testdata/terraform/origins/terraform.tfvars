buckets = {
  logs = {
    acl        = "log-delivery-write"
    versioning = false
  }
  data = { acl = "private", versioning = true }
}
