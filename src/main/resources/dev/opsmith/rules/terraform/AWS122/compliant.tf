variable "traffic_type" {
  type = string # no default: nothing is decided
}

resource "aws_vpc" "cardholder" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_flow_log" "cardholder" {
  vpc_id               = aws_vpc.cardholder.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::payments-flow-logs"
}

resource "aws_flow_log" "rejects" {
  vpc_id               = aws_vpc.cardholder.id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::payments-flow-logs"
}

resource "aws_flow_log" "configurable" {
  vpc_id               = aws_vpc.cardholder.id
  traffic_type         = var.traffic_type
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::payments-flow-logs"
}
