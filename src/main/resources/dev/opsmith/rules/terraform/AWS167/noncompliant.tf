resource "aws_eks_cluster" "payments" { # expect: AWS167
  name     = "payments-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-payments-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "fraud" {
  name     = "fraud-scoring-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-fraud-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  access_config { # expect: AWS167
    authentication_mode = "API"
  }
}

resource "aws_eks_cluster" "ledger" {
  name     = "ledger-prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-ledger-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  access_config {
    authentication_mode                         = "API_AND_CONFIG_MAP"
    bootstrap_cluster_creator_admin_permissions = true # expect: AWS167
  }
}
