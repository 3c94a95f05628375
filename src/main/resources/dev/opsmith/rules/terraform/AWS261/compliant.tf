variable "subscriber_account" {
  type = string # no default: the principal is unknown, so nothing is decided
}

# v3 inline: CloudWatch alarms of this account only
resource "aws_sns_topic" "ops_alerts" {
  name = "ops-alerts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudwatch.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}

# v4+ split: everyone, narrowed to the organisation
resource "aws_sns_topic" "payment_events" {
  name = "payment-events"
}

resource "aws_sns_topic_policy" "payment_events" {
  arn = aws_sns_topic.payment_events.arn
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Action": "sns:Subscribe",
        "Resource": "*",
        "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}
      }]
    }
  EOT
}

# v4+ split built with aws_iam_policy_document: one partner account
resource "aws_sns_topic" "settlement_done" {
  name = "settlement-done"
}

data "aws_iam_policy_document" "settlement_done" {
  statement {
    actions   = ["sns:Subscribe"]
    resources = [aws_sns_topic.settlement_done.arn]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
  }
}

resource "aws_sns_topic_policy" "settlement_done" {
  arn    = aws_sns_topic.settlement_done.arn
  policy = data.aws_iam_policy_document.settlement_done.json
}

resource "aws_sns_topic" "refunds" {
  name = "refunds"
}

resource "aws_sns_topic_policy" "refunds" {
  arn = aws_sns_topic.refunds.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.subscriber_account }
      Action    = "sns:Subscribe"
      Resource  = "*"
    }]
  })
}
