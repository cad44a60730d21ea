resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "docdb"
  master_username             = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.graph.arn
}

resource "aws_kms_key" "graph" {
  enable_key_rotation = true
}

# Restored from a snapshot: the snapshot's encryption carries over.
resource "aws_neptune_cluster" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = "graph-final"
}
