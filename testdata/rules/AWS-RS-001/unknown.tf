variable "encrypted" {
  type = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  master_username        = "admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  encrypted              = var.encrypted # want "AWS-RS-001"
}
