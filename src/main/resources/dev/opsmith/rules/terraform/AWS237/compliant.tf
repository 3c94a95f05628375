variable "encryption_type" {
  type = string # no default: the type is unknown, so nothing is decided
}

resource "aws_kms_key" "ecr" {
  description         = "Encrypts container images"
  enable_key_rotation = true
}

resource "aws_ecr_repository" "payments_api" {
  name                 = "payments/api"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}

# KMS with the AWS-managed aws/ecr key
resource "aws_ecr_repository" "fraud_scoring" {
  name                 = "payments/fraud-scoring"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
  }
}

resource "aws_ecr_repository" "ledger" {
  name                 = "payments/ledger"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = var.encryption_type
  }
}
