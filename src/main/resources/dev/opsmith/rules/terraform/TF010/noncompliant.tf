terraform { # expect: TF010
  required_version = "~> 1.9"
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_sqs_queue" "settlement" {
  name = "payments-settlement"
}
