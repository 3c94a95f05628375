terraform {
  required_version = "~> 1.9"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5, < 4.0"
    }
    tls = {
      source  = "hashicorp/tls"
      version = "4.0.5"
    }
    # no version at all is TF002's concern, not an unbounded constraint
    archive = {
      source = "hashicorp/archive"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}
