variable "db_password" {
  type      = string
  sensitive = true
  default   = "s3cr3t-Pa55"
}

variable "regions" {
  type    = list(string)
  default = ["eu-west-1", "eu-central-1"]
}

locals {
  buckets = {
    logs  = { versioning = true, retention_days = 365 }
    audit = { versioning = true, retention_days = 2555 }
  }
}

resource "terraform_data" "a" {
  input = {
    name     = "payments"
    replicas = 3
    ratio    = 0.25
    enabled  = true
    nothing  = null
    tags     = ["pci", "prod"]
    labels   = { team = "payments", tier = "backend" }
  }
}

resource "terraform_data" "b" {
  input = {
    upstream_id = terraform_data.a.id
    ids         = [terraform_data.a.id, "static"]
    password    = var.db_password
    fixed       = "known"
  }
}

resource "terraform_data" "region" {
  count = length(var.regions)
  input = var.regions[count.index]
}

resource "terraform_data" "bucket" {
  for_each = local.buckets
  input    = merge(each.value, { name = each.key })
}

module "tag" {
  source = "./modules/tag"
  name   = "payments"
  secret = var.db_password
  parent = terraform_data.a.id
}

output "a_id" {
  value = terraform_data.a.id
}

output "password" {
  value     = var.db_password
  sensitive = true
}
