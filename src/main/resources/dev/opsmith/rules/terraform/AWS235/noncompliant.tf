resource "aws_ecr_repository" "payments_api" { # expect: AWS235
  name = "payments/api"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "fraud_scoring" {
  name                 = "payments/fraud-scoring"
  image_tag_mutability = "MUTABLE" # expect: AWS235
}
