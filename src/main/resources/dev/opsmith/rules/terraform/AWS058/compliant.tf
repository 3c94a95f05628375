variable "effect" {
  type = string
}

# The guard-rail pattern: deny everything except what is listed, outside approved regions.
data "aws_iam_policy_document" "region_guard" {
  statement {
    effect      = "Deny"
    not_actions = ["iam:*", "sts:*", "support:*"]
    resources   = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1", "eu-central-1"]
    }
  }
}

resource "aws_iam_policy" "developer" {
  name = "payments-developer"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:GetLogEvents", "logs:FilterLogEvents"], Resource = "*" }]
  })
}

# An effect from a variable without a value: undecided, not reported.
resource "aws_iam_policy" "switchable" {
  name = "payments-switchable"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = var.effect, NotAction = "iam:*", Resource = "*" }]
  })
}
