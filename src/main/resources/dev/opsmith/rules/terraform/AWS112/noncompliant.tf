variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

resource "aws_security_group" "settlement_batch" {
  name        = "settlement-batch"
  description = "Nightly settlement workers"
  vpc_id      = var.vpc_id

  ingress {
    description = "temporary: vendor debugging"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS112
  }
}

resource "aws_security_group_rule" "settlement_all_tcp" {
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS112
  security_group_id = aws_security_group.settlement_batch.id
}

resource "aws_vpc_security_group_ingress_rule" "settlement_everything" {
  security_group_id = aws_security_group.settlement_batch.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS112
}
