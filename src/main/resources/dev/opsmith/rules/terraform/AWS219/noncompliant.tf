# Security baseline of the payments account # expect: AWS219
resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_securityhub_account" "main" {}
