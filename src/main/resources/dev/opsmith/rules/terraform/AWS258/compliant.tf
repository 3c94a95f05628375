variable "consumer_actions" {
  type = list(string) # no default: the actions are unknown, so nothing is decided
}

resource "aws_sqs_queue" "payment_instructions" {
  name = "payment-instructions"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/payments-gateway" }
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}

# A deny on every action is a guard, not a grant
resource "aws_sqs_queue" "settlements" {
  name = "settlements"
}

resource "aws_sqs_queue_policy" "settlements" {
  queue_url = aws_sqs_queue.settlements.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/payments-settlement"},
         "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility"], "Resource": "*"},
        {"Effect": "Deny", "Principal": "*", "Action": "sqs:*", "Resource": "*",
         "Condition": {"Bool": {"aws:SecureTransport": "false"}}}
      ]
    }
  EOT
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
      Principal = { AWS = "arn:aws:iam::123456789012:role/payments-chargebacks" }
      Action    = var.consumer_actions
      Resource  = "*"
    }]
  })
}
