terraform {
  required_version = "~> 1.9"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
    # legacy string form
    tls = "~> 4.0"
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_sqs_queue" "settlement" {
  name = "payments-settlement"
}

resource "random_id" "suffix" {
  byte_length = 4
}

resource "tls_private_key" "signing" {
  algorithm = "ED25519"
}

# the built-in terraform provider needs no entry
resource "terraform_data" "release" {
  input = random_id.suffix.hex
}
