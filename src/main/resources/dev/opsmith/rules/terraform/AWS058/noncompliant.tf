resource "aws_iam_policy" "developer" {
  name = "payments-developer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["iam:*", "organizations:*"] # expect: AWS058
      Resource  = "*"
    }]
  })
}

resource "aws_iam_role_policy" "analyst" {
  role = "analyst"
  # expect-next: AWS058
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "NotAction": "kms:*", "Resource": "*"}]
    }
  EOF
}

data "aws_iam_policy_document" "support" {
  statement {
    not_actions = ["iam:*"] # expect: AWS058
    resources   = ["*"]
  }
}
