resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session cache"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
}

# A cluster that joins a replication group takes its settings from it.
resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "sessions-replica"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}

# Memcached before 1.6.12 cannot encrypt in transit.
resource "aws_elasticache_cluster" "old" {
  cluster_id      = "old"
  engine          = "memcached"
  engine_version  = "1.6.6"
  node_type       = "cache.t3.small"
  num_cache_nodes = 1
}
