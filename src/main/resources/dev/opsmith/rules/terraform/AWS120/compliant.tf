variable "imported_vpc_id" {
  type = string # no default: which VPC the default group belongs to is unknown
}

resource "aws_vpc" "cardholder" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_default_security_group" "cardholder" {
  vpc_id = aws_vpc.cardholder.id
}

resource "aws_security_group" "api" {
  name        = "payments-api"
  description = "Payments API tasks"
  vpc_id      = aws_vpc.cardholder.id

  egress {
    description = "HTTPS to card networks"
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc" "shared" {
  cidr_block = "10.60.0.0/16"
}

resource "aws_default_security_group" "imported" {
  vpc_id = var.imported_vpc_id
}
