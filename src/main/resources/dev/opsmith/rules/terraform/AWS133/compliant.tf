variable "partner_cidr" {
  type = string # no default: nothing is decided
}

resource "aws_vpc" "payments" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.payments.id

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "-1"
    rule_no    = 200
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  egress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl_rule" "partner" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 120
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = var.partner_cidr
}

resource "aws_network_acl_rule" "outbound" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 130
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}
