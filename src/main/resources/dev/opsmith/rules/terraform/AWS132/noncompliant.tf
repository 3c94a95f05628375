resource "aws_default_vpc" "default" { # expect: AWS132
  tags = {
    Name = "Default VPC"
  }
}
