resource "aws_instance" "settlement" { # expect: AWS135
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
}

resource "aws_instance" "reconciliation" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  monitoring    = false # expect: AWS135
}
