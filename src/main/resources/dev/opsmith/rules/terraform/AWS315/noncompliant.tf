resource "aws_guardduty_detector" "payments" {
  enable = false # expect: AWS315
}
