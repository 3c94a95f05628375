variable "producer_principal" {
  type = string # no default: the principal is unknown, so nothing is decided
}

resource "aws_sns_topic" "payment_events" {
  name = "payment-events"
}

# v3 inline: the SNS topic may send, and only that topic
resource "aws_sqs_queue" "payment_instructions" {
  name = "payment-instructions"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "*"
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.payment_events.arn } }
    }]
  })
}

# v4+ split: everyone in the organisation
resource "aws_sqs_queue" "refund_requests" {
  name = "refund-requests"
}

resource "aws_sqs_queue_policy" "refund_requests" {
  queue_url = aws_sqs_queue.refund_requests.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": "*",
        "Action": "sqs:SendMessage",
        "Resource": "*",
        "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}
      }]
    }
  EOT
}

# v4+ split: one named account, built with aws_iam_policy_document
resource "aws_sqs_queue" "settlements" {
  name = "settlements"
}

data "aws_iam_policy_document" "settlements" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.settlements.arn]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
  }
}

resource "aws_sqs_queue_policy" "settlements" {
  queue_url = aws_sqs_queue.settlements.id
  policy    = data.aws_iam_policy_document.settlements.json
}

resource "aws_sqs_queue" "chargebacks" {
  name = "chargebacks"
}

resource "aws_sqs_queue_policy" "chargebacks" {
  queue_url = aws_sqs_queue.chargebacks.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.producer_principal }
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}
