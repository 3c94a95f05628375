variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

resource "aws_security_group" "reconciliation_desktop" {
  name        = "reconciliation-desktop"
  description = "Windows jump host of the reconciliation team"
  vpc_id      = var.vpc_id

  ingress {
    description = "RDP for the finance analysts"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16", "0.0.0.0/0"] # expect: AWS111
  }
}

resource "aws_security_group" "terminal_servers" {
  name        = "terminal-servers"
  description = "Terminal servers for card operations"
  vpc_id      = var.vpc_id
}

resource "aws_security_group_rule" "terminal_rdp_udp" {
  type              = "ingress"
  from_port         = 3380
  to_port           = 3399
  protocol          = "udp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS111
  security_group_id = aws_security_group.terminal_servers.id
}

resource "aws_vpc_security_group_ingress_rule" "terminal_rdp" {
  security_group_id = aws_security_group.terminal_servers.id
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS111
}
