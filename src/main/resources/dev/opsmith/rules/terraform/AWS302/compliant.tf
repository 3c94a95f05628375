variable "ship_broker_logs" {
  type = bool # no default: unknown, so nothing is decided
}

resource "aws_cloudwatch_log_group" "kafka" {
  name              = "/aws/msk/payments"
  retention_in_days = 365
}

resource "aws_msk_cluster" "payments_events" {
  cluster_name           = "payments-events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719", "subnet-0a1b2c3d4e5f60720"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.kafka.name
      }
      s3 {
        enabled = false
      }
    }
  }
}

resource "aws_msk_cluster" "ledger_stream" {
  cluster_name           = "ledger-stream"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719", "subnet-0a1b2c3d4e5f60720"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = var.ship_broker_logs
        log_group = aws_cloudwatch_log_group.kafka.name
      }
    }
  }
}
