variable "extra_log_type" {
  type = string # no default: the last log type is unknown, so nothing is decided
}

resource "aws_eks_cluster" "payments" {
  name                      = "payments-prod"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-payments-cluster"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "fraud" {
  name                      = "fraud-scoring-prod"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-fraud-cluster"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", var.extra_log_type]

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
