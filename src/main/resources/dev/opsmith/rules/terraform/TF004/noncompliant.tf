terraform {
  required_version = "~> 1.9"
}

provider "aws" {
  region  = "eu-west-1"
  version = "~> 3.0" # expect: TF004
}

provider "random" {
  version = "3.5.1" # expect: TF004
}
