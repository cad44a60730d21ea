locals {
  prefix    = upper(local.base)
  base      = "app"
  env       = terraform.workspace
  base_tags = { Team = "platform" }
  alias     = local.full

  # A cycle: both become unknown, with an error.
  ping = local.pong
  pong = local.ping
}
