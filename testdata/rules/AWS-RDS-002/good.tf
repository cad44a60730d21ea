resource "aws_db_instance" "main" {
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
}

# A read replica inherits the source's encryption.
resource "aws_db_instance" "replica" {
  identifier          = "replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.main.identifier
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "serverless"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}
