resource "aws_ebs_encryption_by_default" "payments_account" {
  enabled = false # expect: AWS126
}
