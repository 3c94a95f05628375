variable "public_access_type" {
  type = string # no default: unknown, so nothing is decided
}

resource "aws_msk_cluster" "payments_events" {
  cluster_name           = "payments-events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719", "subnet-0a1b2c3d4e5f60720"]
    security_groups = ["sg-0123456789abcdef0"]

    connectivity_info {
      public_access {
        type = "DISABLED"
      }
    }
  }
}

resource "aws_msk_cluster" "partner_feed" {
  cluster_name           = "partner-feed"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719", "subnet-0a1b2c3d4e5f60720"]
    security_groups = ["sg-0123456789abcdef0"]

    connectivity_info {
      public_access {
        type = var.public_access_type
      }
    }
  }
}
