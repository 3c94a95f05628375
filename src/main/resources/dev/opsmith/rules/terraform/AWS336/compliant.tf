provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      backup = "daily"
    }
  }
}

variable "volume_backup_tag" {
  type = string # no default: nothing is decided for the other volumes
}

resource "aws_ebs_volume" "settlement_batch" {
  availability_zone = "eu-west-1a"
  size              = 200
  encrypted         = true
}

resource "aws_ebs_volume" "reports" {
  availability_zone = "eu-west-1b"
  size              = 50
  encrypted         = true
}

resource "aws_backup_selection" "tagged" {
  name         = "tagged"
  plan_id      = "f1e2d3c4-b5a6-4789-8abc-def012345678"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"

  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "daily"
  }
}

resource "aws_backup_selection" "by_variable" {
  name         = "by-variable"
  plan_id      = "f1e2d3c4-b5a6-4789-8abc-def012345678"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"

  selection_tag {
    type  = "STRINGEQUALS"
    key   = var.volume_backup_tag
    value = "yes"
  }
}
