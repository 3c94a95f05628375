variable "default_encryption" {
  type = bool # no default: nothing is decided
}

resource "aws_ebs_encryption_by_default" "payments_account" {
  enabled = true
}

resource "aws_ebs_encryption_by_default" "implicit" {
}

resource "aws_ebs_encryption_by_default" "configurable" {
  enabled = var.default_encryption
}
