resource "aws_db_instance" "main" {
  identifier                          = "main"
  engine                              = "postgres"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  iam_database_authentication_enabled = true
}

# Oracle does not support IAM database authentication.
resource "aws_db_instance" "oracle" {
  identifier        = "erp"
  engine            = "oracle-se2"
  instance_class    = "db.m5.large"
  allocated_storage = 100
  license_model     = "license-included"
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier                  = "aurora"
  engine                              = "aurora-mysql"
  master_username                     = "app"
  master_password                     = "change-me-please"
  iam_database_authentication_enabled = true
}
