variable "public_ips" {
  type = bool # no default: nothing is decided
}

resource "aws_vpc" "payments" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_subnet" "app_a" {
  vpc_id            = aws_vpc.payments.id
  cidr_block        = "10.40.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "app_b" {
  vpc_id                  = aws_vpc.payments.id
  cidr_block              = "10.40.2.0/24"
  availability_zone       = "eu-west-1b"
  map_public_ip_on_launch = false
}

resource "aws_subnet" "edge" {
  vpc_id                  = aws_vpc.payments.id
  cidr_block              = "10.40.3.0/24"
  map_public_ip_on_launch = var.public_ips
}
