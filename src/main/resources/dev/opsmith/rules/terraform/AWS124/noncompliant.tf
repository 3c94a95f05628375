resource "aws_launch_template" "api" {
  name_prefix   = "payments-api-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 3 # expect: AWS124
  }
}

resource "aws_launch_configuration" "workers" {
  name_prefix   = "settlement-workers-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2 # expect: AWS124
  }
}
