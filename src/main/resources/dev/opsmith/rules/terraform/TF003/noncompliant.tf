terraform {
  required_version = "~> 1.9"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40" # expect: TF003
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5, != 3.6.0" # expect: TF003
    }
    # legacy string form of Terraform 0.12
    tls = "> 4.0" # expect: TF003
  }
}

provider "aws" {
  region = "eu-west-1"
}
