variable "protect" {
  type = bool
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier  = "aurora"
  engine              = "aurora-mysql"
  master_username     = "app"
  master_password     = "change-me-please"
  deletion_protection = var.protect # want "AWS-RDS-004"
}
