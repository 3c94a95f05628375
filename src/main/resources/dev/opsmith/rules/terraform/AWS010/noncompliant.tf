resource "aws_s3_account_public_access_block" "account" { # expect: AWS010, AWS010
  block_public_acls   = true
  ignore_public_acls  = false # expect: AWS010
}
