resource "aws_sqs_queue" "payment_instructions" {
  name                    = "payment-instructions"
  sqs_managed_sse_enabled = false # expect: AWS255
}
