variable "dax_encryption" {
  type = bool
}

resource "aws_dax_cluster" "merchants" {
  cluster_name       = "merchants-cache"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax-merchants"
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}

# unknown until a value is supplied: not decided
resource "aws_dax_cluster" "fx_rates" {
  cluster_name       = "fx-rates-cache"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax-fx-rates"
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = var.dax_encryption
  }
}
