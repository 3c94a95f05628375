variable "auth_mode" {
  type = string # no default: nothing is decided for the batch cluster
}

resource "aws_eks_cluster" "payments" {
  name     = "payments"
  role_arn = "arn:aws:iam::111122223333:role/eks-payments"

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = false
  }

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = false
  }
}

resource "aws_eks_cluster" "batch" {
  name     = "payments-batch"
  role_arn = "arn:aws:iam::111122223333:role/eks-payments"

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = false
  }

  access_config {
    authentication_mode = var.auth_mode
  }
}
