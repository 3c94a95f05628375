resource "aws_eks_cluster" "payments" { # expect: AWS162
  name     = "payments-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-payments-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "fraud" {
  name                      = "fraud-scoring-prod"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-fraud-cluster"
  enabled_cluster_log_types = ["api", "audit"] # expect: AWS162

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
