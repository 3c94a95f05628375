variable "puller_principal" {
  type = string # no default: who may pull the ledger images is unknown, nothing is decided
}

resource "aws_ecr_repository_policy" "payments_api" {
  repository = "payments/api"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PullFromTheOrganisation"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
      Condition = {
        StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" }
      }
    }]
  })
}

resource "aws_ecr_repository_policy" "fraud_scoring" {
  repository = "payments/fraud-scoring"
  policy     = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "PullFromDeployAccount",
    "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
    "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
  }]
}
EOF
}

resource "aws_ecr_repository_policy" "ledger" {
  repository = "payments/ledger"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.puller_principal }
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    }]
  })
}
