resource "aws_instance" "settlement" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  root_block_device { # expect: AWS127
    volume_size = 50
    volume_type = "gp3"
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 200
    encrypted   = false # expect: AWS127
  }
}

resource "aws_launch_template" "api" {
  name_prefix   = "payments-api-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs { # expect: AWS127
      volume_size = 30
    }
  }
}

resource "aws_launch_configuration" "workers" {
  name_prefix   = "settlement-workers-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  root_block_device {
    volume_size = 30
    encrypted   = false # expect: AWS127
  }
}
