variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

variable "vendor_cidr" {
  type = string # no default: the source is unknown, so nothing is decided
}

resource "aws_security_group" "settlement_batch" {
  name        = "settlement-batch"
  description = "Nightly settlement workers"
  vpc_id      = var.vpc_id

  ingress {
    description = "all traffic inside the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    description = "HTTPS from the internet"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "vendor_all" {
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = [var.vendor_cidr]
  security_group_id = aws_security_group.settlement_batch.id
}

resource "aws_vpc_security_group_ingress_rule" "from_alb" {
  security_group_id            = aws_security_group.settlement_batch.id
  ip_protocol                  = "-1"
  referenced_security_group_id = "sg-0alb000000000001"
}
