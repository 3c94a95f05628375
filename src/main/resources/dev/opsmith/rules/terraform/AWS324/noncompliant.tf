# Security baseline of the payments organisation # expect: AWS324
resource "aws_organizations_organization" "payments" {
  feature_set = "ALL"
}

resource "aws_guardduty_detector" "main" {
  enable = true
}
