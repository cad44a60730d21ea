resource "aws_elasticache_replication_group" "sessions" { # want "AWS-ELC-001"
  replication_group_id = "sessions"
  description          = "session cache"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id       = "valkey"
  description                = "valkey cache"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = false # want "AWS-ELC-001"
}
