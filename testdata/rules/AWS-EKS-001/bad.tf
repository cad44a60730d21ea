resource "aws_eks_cluster" "prod" { # want "AWS-EKS-001"
  name     = "prod"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }
}
