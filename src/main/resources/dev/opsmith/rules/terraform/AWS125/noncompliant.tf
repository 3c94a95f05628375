resource "aws_ebs_volume" "ledger_data" { # expect: AWS125
  availability_zone = "eu-west-1a"
  size              = 200
  type              = "gp3"
}

resource "aws_ebs_volume" "ledger_archive" {
  availability_zone = "eu-west-1a"
  size              = 500
  type              = "sc1"
  encrypted         = false # expect: AWS125
}
