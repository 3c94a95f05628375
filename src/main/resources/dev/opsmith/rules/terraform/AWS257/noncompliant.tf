# v3 inline policy written with jsonencode
resource "aws_sqs_queue" "payment_instructions" {
  name = "payment-instructions"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*" # expect: AWS257
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}

# v4+ split policy as a heredoc
resource "aws_sqs_queue" "refund_requests" {
  name = "refund-requests"
}

resource "aws_sqs_queue_policy" "refund_requests" {
  queue_url = aws_sqs_queue.refund_requests.id
  # expect-next: AWS257
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Action": ["sqs:SendMessage", "sqs:ReceiveMessage"],
        "Resource": "*"
      }]
    }
  EOT
}

# v4+ split policy as a quoted JSON string
resource "aws_sqs_queue" "chargebacks" {
  name = "chargebacks"
}

resource "aws_sqs_queue_policy" "chargebacks" {
  queue_url = aws_sqs_queue.chargebacks.id
  policy    = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\"}]}" # expect: AWS257
}

# v4+ split policy built with aws_iam_policy_document
resource "aws_sqs_queue" "settlements" {
  name = "settlements"
}

data "aws_iam_policy_document" "settlements" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.settlements.arn]
    principals { # expect: AWS257
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sqs_queue_policy" "settlements" {
  queue_url = aws_sqs_queue.settlements.id
  policy    = data.aws_iam_policy_document.settlements.json
}
