variable "log_types" {
  type = list(string)
}

resource "aws_eks_cluster" "main" {
  name                      = "main"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = var.log_types # want "AWS-EKS-003"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
