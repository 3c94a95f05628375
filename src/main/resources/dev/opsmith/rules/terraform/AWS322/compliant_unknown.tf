variable "default_standards" {
  type = bool # no default: whether standards are subscribed is unknown, nothing is decided
}

resource "aws_securityhub_account" "payments" {
  enable_default_standards = var.default_standards
}
