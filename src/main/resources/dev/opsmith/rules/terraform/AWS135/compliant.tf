variable "monitoring" {
  type = bool # no default: nothing is decided
}

resource "aws_instance" "settlement" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  monitoring    = true
}

resource "aws_instance" "reconciliation" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  monitoring    = var.monitoring
}
