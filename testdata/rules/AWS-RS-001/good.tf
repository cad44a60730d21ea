# hashicorp/aws v6+: encrypted defaults to true.
resource "aws_redshift_cluster" "default" {
  cluster_identifier     = "default"
  master_username        = "admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  master_username        = "admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true
  kms_key_id             = aws_kms_key.warehouse.arn
}

resource "aws_kms_key" "warehouse" {
  enable_key_rotation = true
}
