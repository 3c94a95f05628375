locals {
  common_tags = merge(var.tags, {
    Environment = var.environment
    ManagedBy   = "terraform"
  })

  # subnet per AZ, keyed by AZ name
  private_subnets = {
    for idx, az in data.aws_availability_zones.available.names :
    az => cidrsubnet(var.vpc_cidr, 8, idx)
    if idx < var.az_count
  }

  # conditional key: production gets a dedicated NAT per AZ
  nat_gateways = {
    for az, cidr in local.private_subnets :
    (var.environment == "prod" ? az : "shared") => cidr...
  }

  subnet_ids     = aws_subnet.private[*].id
  legacy_ids     = aws_subnet.private.*.id
  first_cidr     = aws_subnet.private.0.cidr_block
  sg_rule_ports  = flatten([for r in var.ingress_rules : [for p in r.ports : { port = p, cidr = r.cidr }]])
  maybe_endpoint = try(aws_vpc_endpoint.s3[0].id, null)
  is_valid_cidr  = can(cidrnetmask(var.vpc_cidr))
  ratio          = (var.max_size - var.min_size) / 2 * 100 % 7
  flags          = !var.enabled || (var.az_count >= 2 && var.az_count <= 6)
  neg            = -1.5e3
  list_of_maps = [
    { a = 1 },
    { b = 2 }
  ]
}

resource "aws_security_group" "db" {
  name   = "db-${var.environment}"
  vpc_id = aws_vpc.main.id

  dynamic "ingress" {
    for_each = var.cidr_blocks
    content {
      description = "postgres from ${ingress.key}"
      from_port   = 5432
      to_port     = 5432
      protocol    = "tcp"
      cidr_blocks = ingress.value
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # tfsec:ignore:aws-ec2-no-public-egress-sgr
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags["LastScanned"], description]
    precondition {
      condition     = length(var.cidr_blocks) > 0
      error_message = "At least one CIDR block is required."
    }
  }
}

resource "aws_subnet" "private" {
  count             = var.az_count
  vpc_id            = aws_vpc.main.id
  cidr_block        = element(values(local.private_subnets), count.index)
  availability_zone = element(keys(local.private_subnets), count.index)
  tags              = { Name = "private-${count.index}" }
}

/* Flow logs go to CloudWatch;
   retention is set by the logging module. */
resource "aws_flow_log" "main" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = module.logging.log_group_arn
  iam_role_arn    = aws_iam_role.flow_logs.arn
}
