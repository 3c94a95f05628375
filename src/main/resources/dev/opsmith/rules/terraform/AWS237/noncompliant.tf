resource "aws_ecr_repository" "payments_api" { # expect: AWS237
  name                 = "payments/api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "fraud_scoring" {
  name                 = "payments/fraud-scoring"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "AES256" # expect: AWS237
  }
}
