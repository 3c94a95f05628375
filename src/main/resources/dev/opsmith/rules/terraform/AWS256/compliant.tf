variable "queue_key" {
  type = string # no default: the key is unknown, so nothing is decided
}

resource "aws_kms_key" "queues" {
  description         = "Encrypts payment queues"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "payment_instructions" {
  name                              = "payment-instructions"
  kms_master_key_id                 = aws_kms_key.queues.id
  kms_data_key_reuse_period_seconds = 300
}

resource "aws_sqs_queue" "refund_requests" {
  name              = "refund-requests"
  kms_master_key_id = var.queue_key
}
