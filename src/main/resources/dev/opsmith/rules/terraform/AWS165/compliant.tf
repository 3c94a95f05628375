variable "batch_version" {
  type = string # no default: nothing is decided for the batch cluster
}

resource "aws_eks_cluster" "payments" {
  name     = "payments"
  role_arn = "arn:aws:iam::111122223333:role/eks-payments"
  version  = "1.34"

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = false
  }
}

resource "aws_eks_cluster" "batch" {
  name     = "payments-batch"
  role_arn = "arn:aws:iam::111122223333:role/eks-payments"
  version  = var.batch_version

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = false
  }
}

resource "aws_eks_cluster" "sandbox" {
  name     = "payments-sandbox"
  role_arn = "arn:aws:iam::111122223333:role/eks-payments"

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = false
  }
}
