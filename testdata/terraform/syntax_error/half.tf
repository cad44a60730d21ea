resource "aws_db_instance" "half_written" {
  publicly_accessible = false
  storage_encrypted   =
}
