variable "effect" {
  type = string
}

# Deny writes to everything but the landing prefix: a guard rail, not a grant.
data "aws_iam_policy_document" "landing_only" {
  statement {
    effect        = "Deny"
    actions       = ["s3:PutObject"]
    not_resources = ["arn:aws:s3:::payments-landing/incoming/*"]
  }
}

resource "aws_iam_policy" "reader" {
  name = "payments-reader"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::payments-landing/*" }]
  })
}

# An effect from a variable without a value: undecided, not reported.
resource "aws_iam_policy" "switchable" {
  name = "payments-switchable"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = var.effect, Action = "s3:GetObject", NotResource = "arn:aws:s3:::payments-secrets/*" }]
  })
}
