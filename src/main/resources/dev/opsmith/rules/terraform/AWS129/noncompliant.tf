resource "aws_instance" "jump" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true # expect: AWS129
}

resource "aws_launch_template" "api" {
  name_prefix   = "payments-api-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  network_interfaces {
    associate_public_ip_address = true # expect: AWS129
    subnet_id                   = "subnet-0a1b2c3d"
  }
}
