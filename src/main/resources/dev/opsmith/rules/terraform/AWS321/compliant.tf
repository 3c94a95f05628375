variable "aggregate_all" {
  type = bool # no default: nothing is decided
}

resource "aws_config_configuration_aggregator" "accounts" {
  name = "payments-accounts"

  account_aggregation_source {
    account_ids = ["111122223333", "444455556666"]
    all_regions = true
  }
}

resource "aws_config_configuration_aggregator" "organisation" {
  name = "payments-org"

  organization_aggregation_source {
    all_regions = var.aggregate_all
    role_arn    = "arn:aws:iam::111122223333:role/config-aggregator"
  }
}
