variable "private_subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

variable "admin_cidrs" {
  type = list(string) # no default: the sources are unknown, so nothing is decided
}

resource "aws_eks_cluster" "payments" {
  name     = "payments-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-payments-cluster"

  vpc_config {
    subnet_ids             = var.private_subnet_ids
    endpoint_public_access = true
    public_access_cidrs    = ["203.0.113.0/24", "198.51.100.16/28"]
  }
}

# a private endpoint ignores public_access_cidrs
resource "aws_eks_cluster" "ledger" {
  name     = "ledger-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-ledger-cluster"

  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

resource "aws_eks_cluster" "reporting" {
  name     = "reporting-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-reporting-cluster"

  vpc_config {
    subnet_ids          = var.private_subnet_ids
    public_access_cidrs = var.admin_cidrs
  }
}
