# settings: homeRegion=eu-west-1
provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "frankfurt"
  region = "eu-central-1"
}

resource "aws_config_configuration_recorder" "partial" {
  provider = aws.frankfurt
  name     = "payments-partial"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"

  recording_group {
    all_supported  = false # expect: AWS319
    resource_types = ["AWS::RDS::DBInstance", "AWS::S3::Bucket"]
  }
}

resource "aws_config_configuration_recorder" "home" {
  name     = "payments-home"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = false # expect: AWS319
  }
}

resource "aws_config_configuration_recorder" "defaults" { # expect: AWS319
  name     = "payments-defaults"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
}
