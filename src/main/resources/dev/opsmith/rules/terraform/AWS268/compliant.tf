variable "cache_encrypted" {
  type = bool # no default: unknown, so nothing is decided
}

resource "aws_api_gateway_method_settings" "rates_all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "v1"
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
    metrics_enabled      = true
  }
}

# No caching: nothing to encrypt
resource "aws_api_gateway_method_settings" "payments_post" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "v1"
  method_path = "payments/POST"

  settings {
    logging_level = "INFO"
  }
}

resource "aws_api_gateway_method_settings" "merchants_get" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "v1"
  method_path = "merchants/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = var.cache_encrypted
  }
}
