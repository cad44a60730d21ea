resource "aws_docdb_cluster" "catalog" { # want "AWS-DOC-001"
  cluster_identifier          = "catalog"
  engine                      = "docdb"
  master_username             = "admin"
  manage_master_user_password = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = false # want "AWS-DOC-001"
}
