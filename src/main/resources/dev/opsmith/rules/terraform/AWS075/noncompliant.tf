resource "aws_iam_role" "shared_reporting" {
  name = "shared-reporting"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:root" } # expect: AWS075
    }]
  })
}

data "aws_iam_policy_document" "audit" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["345678901234"] # expect: AWS075
    }
  }
}

resource "aws_iam_role" "audit" {
  name               = "external-audit"
  assume_role_policy = data.aws_iam_policy_document.audit.json
}
