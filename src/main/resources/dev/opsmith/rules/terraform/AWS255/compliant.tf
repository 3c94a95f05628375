variable "sse_enabled" {
  type = bool # no default: the flag is unknown, so nothing is decided
}

resource "aws_kms_key" "queues" {
  description         = "Encrypts payment queues"
  enable_key_rotation = true
}

# SSE-SQS by default
resource "aws_sqs_queue" "refund_requests" {
  name = "refund-requests"
}

resource "aws_sqs_queue" "payment_instructions" {
  name                    = "payment-instructions"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "chargebacks" {
  name              = "chargebacks"
  kms_master_key_id = aws_kms_key.queues.id
}

resource "aws_sqs_queue" "settlements" {
  name                    = "settlements"
  sqs_managed_sse_enabled = var.sse_enabled
}
