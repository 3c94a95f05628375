# settings: homeRegion=eu-west-1
provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "frankfurt"
  region = "eu-central-1"
}

variable "record_everything" {
  type = bool # no default: nothing is decided
}

resource "aws_config_configuration_recorder" "home" {
  name     = "payments-home"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder" "frankfurt" {
  provider = aws.frankfurt
  name     = "payments-frankfurt"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
}

resource "aws_config_configuration_recorder" "excluding" {
  provider = aws.frankfurt
  name     = "payments-excluding"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"

  recording_group {
    all_supported = false

    exclusion_by_resource_types {
      resource_types = ["AWS::EC2::NetworkInterface"]
    }

    recording_strategy {
      use_only = "EXCLUSION_BY_RESOURCE_TYPES"
    }
  }
}

resource "aws_config_configuration_recorder" "variable" {
  provider = aws.frankfurt
  name     = "payments-variable"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"

  recording_group {
    all_supported = var.record_everything
  }
}
