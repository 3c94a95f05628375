provider "aws" { # expect: TF002
  region = "eu-west-1"
}

resource "aws_sqs_queue" "settlement" {
  name = "payments-settlement"
}
