# Security baseline of the payments production account # expect: AWS323
resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_accessanalyzer_analyzer" "account" {
  analyzer_name = "payments-account"
}
