# The payments VPC: private subnets for the API and databases, flow logs on demand.
variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

variable "flow_logs" {
  type    = bool
  default = true
}

variable "flow_log_bucket_arn" {
  type = string
}

variable "admin_cidrs" {
  type    = list(string)
  default = []
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr
  enable_dns_hostnames = true
  tags = {
    Name = var.name
  }
}

resource "aws_subnet" "private" {
  count             = 3
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr, 4, count.index)
  availability_zone = element(["eu-west-1a", "eu-west-1b", "eu-west-1c"], count.index)
}

resource "aws_flow_log" "this" {
  count                = var.flow_logs ? 1 : 0
  vpc_id               = aws_vpc.this.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = var.flow_log_bucket_arn
}

resource "aws_security_group" "admin" {
  name        = "${var.name}-admin"
  description = "Operator access to the bastion"
  vpc_id      = aws_vpc.this.id
}

resource "aws_vpc_security_group_ingress_rule" "admin_ssh" {
  for_each          = toset(var.admin_cidrs)
  security_group_id = aws_security_group.admin.id
  description       = "SSH for on-call operators"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = each.value
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "private_subnet_ids" {
  value = aws_subnet.private[*].id
}
