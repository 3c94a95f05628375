variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

resource "aws_security_group" "bastion" {
  name   = "payments-bastion"
  vpc_id = var.vpc_id

  ingress {
    description = "SSH for the on-call engineer"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS110
  }
}

resource "aws_security_group" "batch" {
  name   = "settlement-batch"
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "batch_admin" {
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "-1"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS110
  security_group_id = aws_security_group.batch.id
}

resource "aws_vpc_security_group_ingress_rule" "ledger_ssh" {
  security_group_id = aws_security_group.batch.id
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS110
}
