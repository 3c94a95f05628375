resource "aws_securityhub_account" "payments" {
  enable_default_standards = false
}

resource "aws_securityhub_standards_subscription" "pci" {
  standards_arn = "arn:aws:securityhub:eu-west-1::standards/pci-dss/v/4.0.1"
  depends_on    = [aws_securityhub_account.payments]
}
