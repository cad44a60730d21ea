variable "storage_encrypted" {
  type = bool
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  master_username             = "admin"
  manage_master_user_password = true
  storage_encrypted           = var.storage_encrypted # want "AWS-DOC-001"
}
