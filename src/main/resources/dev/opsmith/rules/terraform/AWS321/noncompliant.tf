resource "aws_config_configuration_aggregator" "accounts" {
  name = "payments-accounts"

  account_aggregation_source { # expect: AWS321
    account_ids = ["111122223333", "444455556666"]
    regions     = ["eu-west-1", "eu-central-1"]
  }
}

resource "aws_config_configuration_aggregator" "organisation" {
  name = "payments-org"

  organization_aggregation_source { # expect: AWS321
    all_regions = false
    regions     = ["eu-west-1"]
    role_arn    = "arn:aws:iam::111122223333:role/config-aggregator"
  }
}
