# v3 inline style: the dead-letter queue is recognised as the target
resource "aws_sqs_queue" "payment_instructions_dlq" {
  name = "payment-instructions-dlq"
}

resource "aws_sqs_queue" "payment_instructions" {
  name = "payment-instructions"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.payment_instructions_dlq.arn
    maxReceiveCount     = 5
  })
}

# v4+ split style
resource "aws_sqs_queue" "refund_requests_dlq" {
  name = "refund-requests-dlq"
}

resource "aws_sqs_queue" "refund_requests" {
  name = "refund-requests"
}

resource "aws_sqs_queue_redrive_policy" "refund_requests" {
  queue_url = aws_sqs_queue.refund_requests.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.refund_requests_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "refund_requests_dlq" {
  queue_url = aws_sqs_queue.refund_requests_dlq.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.refund_requests.arn]
  })
}

# A literal ARN naming a queue of this module
resource "aws_sqs_queue" "chargebacks_dlq" {
  name = "chargebacks-dlq"
}

resource "aws_sqs_queue" "chargebacks" {
  name           = "chargebacks"
  redrive_policy = "{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:123456789012:chargebacks-dlq\",\"maxReceiveCount\":5}"
}
