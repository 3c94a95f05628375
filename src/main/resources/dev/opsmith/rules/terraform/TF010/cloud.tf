terraform {
  required_version = "~> 1.9"

  cloud {
    organization = "acme-payments"

    workspaces {
      name = "gateway-prod"
    }
  }
}
