resource "aws_redshift_cluster" "dw" {
  cluster_identifier  = "dw"
  node_type           = "ra3.xlplus"
  cluster_type        = "single-node"
  master_username     = "admin"
  master_password     = "Change-me-1234"
  publicly_accessible = false
}

# Absent: false since AWS provider v6 (only an explicit true is reported).
resource "aws_redshift_cluster" "default" {
  cluster_identifier = "default"
  node_type          = "ra3.xlplus"
  cluster_type       = "single-node"
  master_username    = "admin"
  master_password    = "Change-me-1234"
}

resource "aws_redshiftserverless_workgroup" "analytics" {
  namespace_name = "analytics"
  workgroup_name = "analytics"
}
