resource "aws_vpc" "payments" { # expect: AWS120
  cidr_block = "10.40.0.0/16"
}

resource "aws_vpc" "cardholder" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_default_security_group" "cardholder" {
  vpc_id = aws_vpc.cardholder.id

  ingress { # expect: AWS120
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }
}

resource "aws_vpc_security_group_egress_rule" "cardholder_out" { # expect: AWS120
  security_group_id = aws_default_security_group.cardholder.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
