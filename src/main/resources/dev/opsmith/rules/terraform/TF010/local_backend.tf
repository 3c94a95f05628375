terraform {
  required_version = "~> 1.9"

  backend "local" { # expect: TF010
    path = "state/payments.tfstate"
  }
}
