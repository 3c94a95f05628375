variable "policy_version" {
  type = string
}

resource "aws_iam_policy" "self_service" {
  name = "payments-self-service"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:ChangePassword", "iam:GetUser"]
      Resource = "arn:aws:iam::123456789012:user/$${aws:username}"
    }]
  })
}

# The provider writes the version of a policy document.
data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::payments-exports/*"]
  }
}

# A version from a variable without a value: undecided, not reported.
resource "aws_iam_policy" "templated" {
  name = "payments-templated"
  policy = jsonencode({
    Version   = var.policy_version
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::payments-exports/*" }]
  })
}
