variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

variable "builder_cidr" {
  type = string # no default: the source is unknown, so nothing is decided
}

resource "aws_security_group" "build_agents" {
  name        = "build-agents"
  description = "CI agents that build the payment services"
  vpc_id      = var.vpc_id

  ingress {
    description     = "Docker API from the build controller only"
    from_port       = 2376
    to_port         = 2376
    protocol        = "tcp"
    security_groups = ["sg-0ctl000000000001"]
  }

  ingress {
    description = "SNMP over TCP is not what the appliance answers on"
    from_port   = 161
    to_port     = 161
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "remote_builder" {
  type              = "ingress"
  from_port         = 2376
  to_port           = 2376
  protocol          = "tcp"
  cidr_blocks       = [var.builder_cidr]
  security_group_id = aws_security_group.build_agents.id
}

resource "aws_vpc_security_group_ingress_rule" "kubelet_vpn" {
  security_group_id = aws_security_group.build_agents.id
  from_port         = 10250
  to_port           = 10250
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.20.0.0/16"
}
