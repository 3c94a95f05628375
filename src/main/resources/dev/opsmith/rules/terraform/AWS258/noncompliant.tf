# v3 inline policy written with jsonencode
resource "aws_sqs_queue" "payment_instructions" {
  name = "payment-instructions"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/payments-gateway" }
      Action    = "sqs:*" # expect: AWS258
      Resource  = "*"
    }]
  })
}

# v4+ split policy built with aws_iam_policy_document
resource "aws_sqs_queue" "settlements" {
  name = "settlements"
}

data "aws_iam_policy_document" "settlements" {
  statement {
    actions   = ["*"] # expect: AWS258
    resources = [aws_sqs_queue.settlements.arn]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/payments-settlement"]
    }
  }
}

resource "aws_sqs_queue_policy" "settlements" {
  queue_url = aws_sqs_queue.settlements.id
  policy    = data.aws_iam_policy_document.settlements.json
}
