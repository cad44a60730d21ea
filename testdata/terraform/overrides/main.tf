variable "acl" {
  default = "private"
}

locals {
  env  = "dev"
  team = "platform"
}

resource "aws_s3_bucket" "b" {
  bucket = "bucket-${local.env}"
  acl    = var.acl
  tags = {
    Team = local.team
  }

  versioning {
    enabled = false
  }

  logging {
    target_bucket = "logs"
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

resource "aws_security_group" "sg" {
  name = "sg"

  ingress {
    from_port = 22
  }

  ingress {
    from_port = 3389
  }
}
