resource "aws_iam_policy" "developer" {
  name = "payments-developer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect      = "Allow"
      NotResource = ["arn:aws:s3:::payments-audit-logs/*"] # expect: AWS059
      Action      = "s3:*"
    }]
  })
}

resource "aws_iam_role_policy" "analyst" {
  role = "analyst"
  # expect-next: AWS059
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::payments-secrets/*"}]
    }
  EOF
}

data "aws_iam_policy_document" "support" {
  statement {
    not_resources = ["arn:aws:kms:eu-west-1:123456789012:key/0f2d6a4e-1b7c-4a53-9d0e-7c1f5b2a9e31"] # expect: AWS059
    actions       = ["kms:Decrypt"]
  }
}
