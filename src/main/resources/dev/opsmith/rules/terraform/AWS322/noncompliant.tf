resource "aws_securityhub_account" "payments" { # expect: AWS322
  enable_default_standards = false
}
