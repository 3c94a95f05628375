resource "aws_ecr_repository" "payments_api" {
  name                 = "payments/api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository_policy" "payments_api" {
  repository = aws_ecr_repository.payments_api.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PullFromAnywhere"
      Effect    = "Allow"
      Principal = "*" # expect: AWS238
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    }]
  })
}

resource "aws_ecr_repository" "fraud_scoring" {
  name                 = "payments/fraud-scoring"
  image_tag_mutability = "IMMUTABLE"
}

data "aws_iam_policy_document" "fraud_scoring" {
  statement {
    sid     = "PushFromAnywhere"
    effect  = "Allow"
    actions = ["ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload"]

    principals { # expect: AWS238
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_ecr_repository_policy" "fraud_scoring" {
  repository = aws_ecr_repository.fraud_scoring.name
  policy     = data.aws_iam_policy_document.fraud_scoring.json
}
