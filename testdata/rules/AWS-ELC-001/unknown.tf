variable "engine" {
  type = string
}

resource "aws_elasticache_replication_group" "sessions" { # want "AWS-ELC-001"
  replication_group_id = "sessions"
  description          = "session cache"
  engine               = var.engine
  node_type            = "cache.t4g.small"
}
