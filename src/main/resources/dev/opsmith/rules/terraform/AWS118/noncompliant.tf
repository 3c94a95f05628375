resource "aws_security_group" "ledger" { # expect: AWS118
  name   = "ledger"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_security_group" "reports" {
  name        = "reports"
  description = "" # expect: AWS118
  vpc_id      = "vpc-0a1b2c3d"
}

resource "aws_security_group" "batch" {
  name        = "batch"
  description = "Managed by Terraform" # expect: AWS118
  vpc_id      = "vpc-0a1b2c3d"
}
