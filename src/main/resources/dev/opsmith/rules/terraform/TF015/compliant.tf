provider "aws" {
  region = "eu-west-1"
  # credentials come from the pipeline's OIDC role through the environment
  assume_role {
    role_arn     = "arn:aws:iam::123456789012:role/payments-deploy"
    session_name = "terraform"
  }
}

provider "aws" {
  alias      = "sandbox"
  region     = "eu-west-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = var.sandbox_secret_key
}

variable "sandbox_secret_key" {
  type      = string
  sensitive = true
}
