variable "volume_key" {
  type = string # no default: nothing is decided
}

resource "aws_kms_key" "ledger" {
  description         = "Ledger volumes"
  enable_key_rotation = true
}

resource "aws_ebs_volume" "ledger_data" {
  availability_zone = "eu-west-1a"
  size              = 200
  encrypted         = true
  kms_key_id        = aws_kms_key.ledger.arn
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 50
  encrypted         = true
  kms_key_id        = var.volume_key
}
