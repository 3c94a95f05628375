variable "creator_is_admin" {
  type = bool # no default: the setting is unknown, so nothing is decided
}

resource "aws_eks_cluster" "payments" {
  name     = "payments-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-payments-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = false
  }
}

resource "aws_eks_cluster" "sandbox" {
  name     = "payments-sandbox"
  role_arn = "arn:aws:iam::123456789012:role/eks-sandbox-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = var.creator_is_admin
  }
}
