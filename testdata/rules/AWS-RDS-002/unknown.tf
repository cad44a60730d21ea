variable "encrypted" {}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  storage_encrypted  = var.encrypted # want "AWS-RDS-002"
}
