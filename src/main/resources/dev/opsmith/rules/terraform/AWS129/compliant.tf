variable "public" {
  type = bool # no default: nothing is decided
}

resource "aws_instance" "settlement" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
}

resource "aws_instance" "ledger" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "m6i.large"
  associate_public_ip_address = false
}

resource "aws_launch_template" "api" {
  name_prefix   = "payments-api-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  network_interfaces {
    associate_public_ip_address = var.public
    subnet_id                   = "subnet-0a1b2c3d"
  }
}
