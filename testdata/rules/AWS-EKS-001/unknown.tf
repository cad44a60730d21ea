variable "encrypted_resources" {
  type = list(string)
}

resource "aws_eks_cluster" "prod" {
  name     = "prod"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }

  encryption_config {
    resources = var.encrypted_resources # want "AWS-EKS-001"

    provider {
      key_arn = "arn:aws:kms:eu-west-1:111122223333:key/abc"
    }
  }
}
