variable "cidr" {
  type = string # no default: still a VPC of our own
}

resource "aws_vpc" "payments" {
  cidr_block = var.cidr
}
