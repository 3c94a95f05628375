provider "aws" { # expect: TF001
  region = "eu-west-1"
}

resource "aws_sqs_queue" "settlement" {
  name = "payments-settlement"
}
