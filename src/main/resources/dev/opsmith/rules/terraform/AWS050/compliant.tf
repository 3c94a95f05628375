variable "ledger_bucket_arn" {
  type = string
}

variable "extra_actions" {
  type = list(string)
}

resource "aws_iam_policy" "ledger_reader" {
  name = "payments-ledger-reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = [var.ledger_bucket_arn, "${var.ledger_bucket_arn}/*"]
    }]
  })
}

# Every action, but only from the corporate network: a condition narrows it.
resource "aws_iam_role_policy" "ops" {
  role = "payments-ops"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow", "Action": "*", "Resource": "*",
        "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}
      }]
    }
  EOF
}

# A deny of everything is not a grant.
data "aws_iam_policy_document" "quarantine" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
  }
}

# The actions come from a variable without a value: undecided, not reported.
data "aws_iam_policy_document" "batch" {
  statement {
    actions   = var.extra_actions
    resources = ["*"]
  }
}
