resource "aws_sqs_queue" "payment_instructions" { # expect: AWS262
  name = "payment-instructions"
}

# The dead-letter queue exists but nothing sends to it
resource "aws_sqs_queue" "refund_requests" { # expect: AWS262
  name = "refund-requests"
}

resource "aws_sqs_queue" "refund_requests_dlq" {
  name = "refund-requests-dlq"
  redrive_allow_policy = jsonencode({
    redrivePermission = "allowAll"
  })
}
