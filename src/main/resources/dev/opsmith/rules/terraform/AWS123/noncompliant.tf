resource "aws_instance" "settlement" { # expect: AWS123
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
}

resource "aws_instance" "reconciliation" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # expect: AWS123
  }
}

resource "aws_launch_template" "api" {
  name_prefix   = "payments-api-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  metadata_options { # expect: AWS123
    http_endpoint               = "enabled"
    http_put_response_hop_limit = 1
  }
}
