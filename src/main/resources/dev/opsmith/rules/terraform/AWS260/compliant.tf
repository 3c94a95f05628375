variable "topic_key" {
  type = string # no default: the key is unknown, so nothing is decided
}

resource "aws_kms_key" "events" {
  description         = "Encrypts payment event topics"
  enable_key_rotation = true
}

resource "aws_sns_topic" "ops_alerts" {
  name              = "ops-alerts"
  kms_master_key_id = aws_kms_key.events.arn
}

resource "aws_sns_topic" "settlement_done" {
  name              = "settlement-done"
  kms_master_key_id = "alias/payments-events"
}

resource "aws_sns_topic" "chargebacks" {
  name              = "chargebacks"
  kms_master_key_id = var.topic_key
}
