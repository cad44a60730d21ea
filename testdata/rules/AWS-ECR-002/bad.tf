resource "aws_ecr_repository" "app" { # want "AWS-ECR-002"
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "worker" {
  name = "worker"

  image_scanning_configuration {
    scan_on_push = false # want "AWS-ECR-002"
  }
}
