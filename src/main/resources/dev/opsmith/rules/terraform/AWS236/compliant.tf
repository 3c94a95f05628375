variable "ledger_repository" {
  type = string # no default: whether the registry rule covers the ledger repository is unknown
}

resource "aws_ecr_repository" "payments_api" {
  name                 = "payments/api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "fraud_scoring" {
  name                 = "payments/fraud-scoring"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "ledger" {
  name                 = var.ledger_repository
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_registry_scanning_configuration" "registry" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "payments/fraud-*"
      filter_type = "WILDCARD"
    }
  }
}
