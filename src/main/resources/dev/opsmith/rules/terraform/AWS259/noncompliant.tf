resource "aws_sns_topic" "payment_events" { # expect: AWS259
  name = "payment-events"
}

resource "aws_sns_topic" "chargebacks" {
  name              = "chargebacks"
  kms_master_key_id = "" # expect: AWS259
}
