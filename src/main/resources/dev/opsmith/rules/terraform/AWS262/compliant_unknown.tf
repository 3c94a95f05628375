variable "redriven_queue_url" {
  type = string # no default: which queue the redrive policy covers is unknown, so nothing is decided
}

resource "aws_sqs_queue" "settlements_dlq" {
  name = "settlements-dlq"
  redrive_allow_policy = jsonencode({
    redrivePermission = "allowAll"
  })
}

resource "aws_sqs_queue" "settlements" {
  name = "settlements"
}

resource "aws_sqs_queue_redrive_policy" "configured" {
  queue_url = var.redriven_queue_url
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.settlements_dlq.arn
    maxReceiveCount     = 5
  })
}
