# v3 inline policy written with jsonencode
resource "aws_sns_topic" "payment_events" {
  name = "payment-events"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" } # expect: AWS261
      Action    = ["sns:Publish", "sns:Subscribe"]
      Resource  = "*"
    }]
  })
}

# v4+ split policy as a heredoc
resource "aws_sns_topic" "chargebacks" {
  name = "chargebacks"
}

resource "aws_sns_topic_policy" "chargebacks" {
  arn = aws_sns_topic.chargebacks.arn
  # expect-next: AWS261
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": "*",
        "Action": "sns:Subscribe",
        "Resource": "*"
      }]
    }
  EOT
}

# v4+ split policy as a quoted JSON string
resource "aws_sns_topic" "refunds" {
  name = "refunds"
}

resource "aws_sns_topic_policy" "refunds" {
  arn    = aws_sns_topic.refunds.arn
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sns:Publish\",\"Resource\":\"*\"}]}" # expect: AWS261
}

# v4+ split policy built with aws_iam_policy_document
resource "aws_sns_topic" "settlement_done" {
  name = "settlement-done"
}

data "aws_iam_policy_document" "settlement_done" {
  statement {
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.settlement_done.arn]
    principals { # expect: AWS261
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic_policy" "settlement_done" {
  arn    = aws_sns_topic.settlement_done.arn
  policy = data.aws_iam_policy_document.settlement_done.json
}
