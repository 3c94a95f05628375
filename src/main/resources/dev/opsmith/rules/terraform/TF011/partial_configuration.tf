# bucket, key and the rest come from `terraform init -backend-config=env/prod.s3.tfbackend`:
# whether state is encrypted cannot be decided from this file alone
terraform {
  required_version = "~> 1.9"

  backend "s3" {
    region = "eu-west-1"
  }
}
