variable "cleaned_repository" {
  type = string # no default: which repository is cleaned is unknown, so nothing is decided for the ledger
}

locals {
  expire_untagged = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Expire untagged images after 7 days"
      selection = {
        tagStatus   = "untagged"
        countType   = "sinceImagePushed"
        countUnit   = "days"
        countNumber = 7
      }
      action = { type = "expire" }
    }]
  })
}

resource "aws_ecr_repository" "payments_api" {
  name                 = "payments/api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_lifecycle_policy" "payments_api" {
  repository = aws_ecr_repository.payments_api.name
  policy     = local.expire_untagged
}

# matched by its literal name
resource "aws_ecr_repository" "fraud_scoring" {
  name                 = "payments/fraud-scoring"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_lifecycle_policy" "fraud_scoring" {
  repository = "payments/fraud-scoring"
  policy     = local.expire_untagged
}

resource "aws_ecr_repository" "ledger" {
  name                 = "payments/ledger"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_lifecycle_policy" "ledger" {
  repository = var.cleaned_repository
  policy     = local.expire_untagged
}
