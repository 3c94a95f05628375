variable "guardduty_enabled" {
  type = bool # no default: whether the card-data detector runs is unknown, nothing is decided
}

resource "aws_guardduty_detector" "payments" {
  enable = true
}

resource "aws_guardduty_detector" "defaulted" {
}

resource "aws_guardduty_detector" "card_data" {
  enable = var.guardduty_enabled
}
