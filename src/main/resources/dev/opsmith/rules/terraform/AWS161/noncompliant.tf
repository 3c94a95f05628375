variable "private_subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# public endpoint by default, no source restriction
resource "aws_eks_cluster" "payments" {
  name     = "payments-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-payments-cluster"

  vpc_config { # expect: AWS161
    subnet_ids = var.private_subnet_ids
  }
}

resource "aws_eks_cluster" "fraud" {
  name     = "fraud-scoring-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-fraud-cluster"

  vpc_config {
    subnet_ids             = var.private_subnet_ids
    endpoint_public_access = true
    public_access_cidrs = [
      "203.0.113.0/24",
      "0.0.0.0/0", # expect: AWS161
    ]
  }
}
