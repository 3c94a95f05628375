resource "aws_ecr_repository" "payments_api" { # expect: AWS239
  name                 = "payments/api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "fraud_scoring" {
  name                 = "payments/fraud-scoring"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_lifecycle_policy" "fraud_scoring" {
  repository = aws_ecr_repository.fraud_scoring.name
  policy = jsonencode({
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
