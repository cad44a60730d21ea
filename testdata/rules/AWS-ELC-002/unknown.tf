variable "tls" {
  type = bool
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session cache"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = var.tls # want "AWS-ELC-002"
}
