resource "aws_sqs_queue" "payment_instructions" { # expect: AWS256
  name                    = "payment-instructions"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "refund_requests" {
  name              = "refund-requests"
  kms_master_key_id = "alias/aws/sqs" # expect: AWS256
}
