variable "shared_vpc_id" {
  type = string # no default: the flow log may be the shared VPC's or another's
}

locals {
  cardholder_vpc = aws_vpc.cardholder.id
}

resource "aws_vpc" "cardholder" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_flow_log" "cardholder" {
  vpc_id               = local.cardholder_vpc
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::payments-flow-logs"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.60.0.0/16"
}

resource "aws_flow_log" "shared" {
  vpc_id               = var.shared_vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::payments-flow-logs"
}
