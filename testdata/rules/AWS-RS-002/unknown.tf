variable "public" {
  type = bool
}

resource "aws_redshift_cluster" "dw" {
  cluster_identifier  = "dw"
  node_type           = "ra3.xlplus"
  cluster_type        = "single-node"
  master_username     = "admin"
  master_password     = "Change-me-1234"
  publicly_accessible = var.public # want "AWS-RS-002"
}
