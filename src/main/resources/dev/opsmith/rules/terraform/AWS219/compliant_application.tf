# An application stack: no account-baseline resource, so a trail is not expected here
resource "aws_sqs_queue" "settlements" {
  name = "payments-settlements"
}
