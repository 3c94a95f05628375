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

  remote_access { # expect: AWS164
    ec2_ssh_key = "payments-ops"
  }
}
