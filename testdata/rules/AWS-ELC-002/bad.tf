resource "aws_elasticache_replication_group" "sessions" { # want "AWS-ELC-002"
  replication_group_id       = "sessions"
  description                = "session cache"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "migrating" {
  replication_group_id       = "migrating"
  description                = "migrating to TLS"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # want "AWS-ELC-002"
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id                 = "memcached"
  engine                     = "memcached"
  engine_version             = "1.6.22"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 2
  transit_encryption_enabled = false # want "AWS-ELC-002"
}
