resource "aws_iam_policy" "deployer" {
  name = "payments-deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["lambda:CreateFunction", "iam:PassRole"] # expect: AWS057
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy" "scheduler" {
  role = "batch-scheduler"
  # expect-next: AWS057
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Action": "iam:Pass*", "Resource": "arn:aws:iam::123456789012:role/*"}]
    }
  EOF
}

data "aws_iam_policy_document" "glue" {
  statement {
    actions   = ["glue:CreateJob", "iam:PassRole"] # expect: AWS057
    resources = ["*"]
  }
}
