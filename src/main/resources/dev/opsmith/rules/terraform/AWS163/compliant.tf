variable "encrypted_resources" {
  type = list(string) # no default: what is encrypted is unknown, so nothing is decided
}

resource "aws_kms_key" "eks" {
  description         = "Envelope-encrypts Kubernetes secrets"
  enable_key_rotation = true
}

resource "aws_eks_cluster" "payments" {
  name     = "payments-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-payments-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "fraud" {
  name     = "fraud-scoring-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-fraud-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  encryption_config {
    resources = var.encrypted_resources
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
