variable "recording_on" {
  type = bool # no default: nothing is decided
}

resource "aws_config_configuration_recorder" "payments" {
  name     = "payments"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
}

resource "aws_config_configuration_recorder_status" "payments" {
  name       = aws_config_configuration_recorder.payments.name
  is_enabled = true
}

resource "aws_config_configuration_recorder" "cards" {
  name     = "cards"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
}

resource "aws_config_configuration_recorder_status" "cards" {
  name       = "cards"
  is_enabled = var.recording_on
}
