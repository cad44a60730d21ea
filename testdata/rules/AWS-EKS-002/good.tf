resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

resource "aws_eks_cluster" "restricted" {
  name     = "restricted"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids          = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    public_access_cidrs = ["203.0.113.0/24"]
  }
}
