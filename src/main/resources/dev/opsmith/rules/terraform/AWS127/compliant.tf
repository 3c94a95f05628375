variable "encrypt_data" {
  type = bool # no default: nothing is decided
}

resource "aws_instance" "settlement" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  root_block_device {
    volume_size = 50
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 200
    encrypted   = var.encrypt_data
  }

  ephemeral_block_device {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}

resource "aws_launch_template" "api" {
  name_prefix   = "payments-api-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 30
      encrypted   = true
      kms_key_id  = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }

  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}
