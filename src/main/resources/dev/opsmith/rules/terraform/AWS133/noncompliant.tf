resource "aws_vpc" "payments" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.payments.id

  ingress { # expect: AWS133
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl_rule" "public_v6" { # expect: AWS133
  network_acl_id  = aws_network_acl.public.id
  rule_number     = 110
  protocol        = "-1"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
}
