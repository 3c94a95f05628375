resource "aws_vpc" "payments" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_network_acl" "bastion" {
  vpc_id = aws_vpc.payments.id

  ingress { # expect: AWS134
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}

resource "aws_network_acl_rule" "desktop" { # expect: AWS134
  network_acl_id  = aws_network_acl.bastion.id
  rule_number     = 110
  egress          = false
  protocol        = "6"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
  from_port       = 3000
  to_port         = 4000
}
