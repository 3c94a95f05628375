variable "key_enabled" {
  type = bool # no default: the state is unknown, so nothing is decided
}

resource "aws_kms_key" "tokenization" {
  description         = "Encrypts card tokens"
  enable_key_rotation = true
  is_enabled          = true
}

resource "aws_kms_key" "statements" {
  description         = "Encrypts customer statements"
  enable_key_rotation = true
}

resource "aws_kms_key" "disputes" {
  description         = "Encrypts dispute evidence"
  enable_key_rotation = true
  is_enabled          = var.key_enabled
}
