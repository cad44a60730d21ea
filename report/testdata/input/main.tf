variable "acl" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = var.acl
}

resource "aws_security_group" "web" {
  name = "web"

  ingress {
    description = "ssh from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
    self        = false
  }
}

resource "aws_s3_bucket_acl" "unknown" {
  bucket = aws_s3_bucket.logs.id
  acl    = var.other_acl
}

module "db" {
  source = "./modules/db"
}
