variable "topic_key" {
  type = string # no default: the key is unknown, so nothing is decided
}

resource "aws_kms_key" "events" {
  description         = "Encrypts payment event topics"
  enable_key_rotation = true
}

resource "aws_sns_topic" "payment_events" {
  name              = "payment-events"
  kms_master_key_id = aws_kms_key.events.id
}

resource "aws_sns_topic" "ops_alerts" {
  name              = "ops-alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "chargebacks" {
  name              = "chargebacks"
  kms_master_key_id = var.topic_key
}
