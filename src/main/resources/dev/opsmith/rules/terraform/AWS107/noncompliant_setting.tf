# settings: maxDays=180
resource "aws_kms_key" "card_tokens" { # expect: AWS107
  description         = "Card token vault"
  enable_key_rotation = true
}
