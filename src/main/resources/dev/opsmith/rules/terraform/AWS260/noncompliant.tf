resource "aws_sns_topic" "ops_alerts" {
  name              = "ops-alerts"
  kms_master_key_id = "alias/aws/sns" # expect: AWS260
}

resource "aws_sns_topic" "settlement_done" {
  name              = "settlement-done"
  kms_master_key_id = "arn:aws:kms:eu-west-1:123456789012:alias/aws/sns" # expect: AWS260
}
