resource "aws_config_configuration_recorder" "payments" { # expect: AWS320
  name     = "payments"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
}

resource "aws_config_configuration_recorder" "cards" {
  name     = "cards"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
}

resource "aws_config_configuration_recorder_status" "cards" {
  name       = aws_config_configuration_recorder.cards.name
  is_enabled = false # expect: AWS320
}
