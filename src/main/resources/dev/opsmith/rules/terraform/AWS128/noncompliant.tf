resource "aws_ebs_volume" "ledger_data" {
  availability_zone = "eu-west-1a"
  size              = 200
  encrypted         = true # expect: AWS128
}

resource "aws_ebs_volume" "ledger_archive" {
  availability_zone = "eu-west-1a"
  size              = 500
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs" # expect: AWS128
}
