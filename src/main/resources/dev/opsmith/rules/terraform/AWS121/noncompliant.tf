resource "aws_vpc" "cardholder" { # expect: AWS121
  cidr_block = "10.50.0.0/16"
}

resource "aws_vpc" "payments" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_flow_log" "payments" {
  vpc_id               = aws_vpc.payments.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::payments-flow-logs"
}
