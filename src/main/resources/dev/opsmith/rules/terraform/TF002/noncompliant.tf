terraform { # expect: TF002
  required_version = "~> 1.9"

  required_providers {
    aws = { # expect: TF002
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_sqs_queue" "settlement" {
  name = "payments-settlement"
}

resource "random_id" "suffix" {
  byte_length = 4
}
