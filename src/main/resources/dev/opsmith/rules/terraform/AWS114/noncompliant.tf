variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

resource "aws_security_group" "build_agents" {
  name        = "build-agents"
  description = "CI agents that build the payment services"
  vpc_id      = var.vpc_id

  ingress {
    description = "Docker API for the remote builder"
    from_port   = 2375
    to_port     = 2376
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS114
  }
}

resource "aws_security_group" "monitoring" {
  name        = "monitoring"
  description = "Network monitoring appliances"
  vpc_id      = var.vpc_id
}

resource "aws_security_group_rule" "snmp" {
  type              = "ingress"
  from_port         = 161
  to_port           = 161
  protocol          = "udp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS114
  security_group_id = aws_security_group.monitoring.id
}

resource "aws_vpc_security_group_ingress_rule" "kubelet" {
  security_group_id = aws_security_group.monitoring.id
  from_port         = 10250
  to_port           = 10250
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS114
}
