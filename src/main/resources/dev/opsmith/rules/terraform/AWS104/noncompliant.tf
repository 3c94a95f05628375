resource "aws_kms_key" "tokenization" {
  description         = "Encrypts card tokens"
  enable_key_rotation = true
  is_enabled          = false # expect: AWS104
}
