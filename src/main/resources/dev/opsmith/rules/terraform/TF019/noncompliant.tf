variable "environment" { # expect: TF019
  description = "Deployment stage"
  default     = "prod"
}

variable "allowed_merchant_ids" { # expect: TF019
  description = "Merchants allowed to call the settlement API"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}
