# An application stack: no account-baseline resource, so account services are not expected here
resource "aws_sqs_queue" "settlements" {
  name = "payments-settlements"
}
