variable "ssh_source_groups" {
  type = list(string) # no default: the sources are unknown, so nothing is decided
}

resource "aws_eks_node_group" "payments_workers" {
  cluster_name    = "payments-prod"
  node_group_name = "payments-workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-payments-nodes"
  subnet_ids      = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  scaling_config {
    desired_size = 3
    max_size     = 6
    min_size     = 3
  }

  remote_access {
    ec2_ssh_key               = "payments-ops"
    source_security_group_ids = ["sg-0bastion1234"]
  }
}

# no remote_access: nodes are reached through SSM Session Manager
resource "aws_eks_node_group" "fraud_workers" {
  cluster_name    = "fraud-scoring-prod"
  node_group_name = "fraud-workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-fraud-nodes"
  subnet_ids      = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 2
  }
}

resource "aws_eks_node_group" "batch_workers" {
  cluster_name    = "payments-prod"
  node_group_name = "batch-workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-payments-nodes"
  subnet_ids      = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  scaling_config {
    desired_size = 1
    max_size     = 4
    min_size     = 0
  }

  remote_access {
    ec2_ssh_key               = "payments-ops"
    source_security_group_ids = var.ssh_source_groups
  }
}
