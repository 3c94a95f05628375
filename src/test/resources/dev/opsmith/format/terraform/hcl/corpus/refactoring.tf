terraform {
  required_version = ">= 1.7"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }

  backend "s3" {
    bucket       = "payments-tfstate"
    key          = "envs/prod/terraform.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = local.common_tags
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

moved {
  from = aws_s3_bucket.logs
  to   = module.logging.aws_s3_bucket.this
}

import {
  to = aws_s3_bucket.audit
  id = "payments-audit"
}

import {
  for_each = var.existing_queues
  to       = aws_sqs_queue.imported[each.key]
  id       = each.value
}

removed {
  from = aws_instance.bastion
  lifecycle {
    destroy = false
  }
}

check "health" {
  data "http" "api" {
    url = "https://${var.api_domain}/health"
  }

  assert {
    condition     = data.http.api.status_code == 200
    error_message = "${data.http.api.url} returned an unhealthy status code"
  }
}

module "logging" {
  source    = "./modules/logging"
  providers = { aws = aws.us_east_1 }

  retention_days = var.environment == "prod" ? 365 : 30
  kms_key_arn    = aws_kms_key.logs.arn
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"

  name = "payments"
  azs  = slice(data.aws_availability_zones.available.names, 0, 3)
}

output "bucket_arns" {
  value = { for name, b in aws_s3_bucket.this : name => b.arn }
}

output "db_password" {
  value     = var.db_password
  sensitive = true
}
