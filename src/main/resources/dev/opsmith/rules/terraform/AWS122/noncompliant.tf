resource "aws_vpc" "cardholder" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_flow_log" "cardholder" {
  vpc_id               = aws_vpc.cardholder.id
  traffic_type         = "ACCEPT" # expect: AWS122
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::payments-flow-logs"
}
