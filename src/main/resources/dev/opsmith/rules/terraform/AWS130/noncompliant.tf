resource "aws_vpc" "payments" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_subnet" "app_a" {
  vpc_id                  = aws_vpc.payments.id
  cidr_block              = "10.40.1.0/24"
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = true # expect: AWS130
}
