variable "tag_mutability" {
  type = string # no default: the setting is unknown, so nothing is decided
}

resource "aws_ecr_repository" "payments_api" {
  name                 = "payments/api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "fraud_scoring" {
  name                 = "payments/fraud-scoring"
  image_tag_mutability = "IMMUTABLE_WITH_EXCLUSION"

  image_tag_mutability_exclusion_filter {
    filter      = "latest*"
    filter_type = "WILDCARD"
  }
}

resource "aws_ecr_repository" "ledger" {
  name                 = "payments/ledger"
  image_tag_mutability = var.tag_mutability
}
