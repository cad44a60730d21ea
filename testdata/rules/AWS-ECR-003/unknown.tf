variable "tag_mutability" {
  type = string
}

resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = var.tag_mutability # want "AWS-ECR-003"
}
