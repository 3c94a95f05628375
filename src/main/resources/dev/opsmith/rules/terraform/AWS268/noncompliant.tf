resource "aws_api_gateway_method_settings" "rates_all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "v1"
  method_path = "*/*"

  settings { # expect: AWS268
    caching_enabled      = true
    cache_ttl_in_seconds = 300
  }
}

resource "aws_api_gateway_method_settings" "merchants_get" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "v1"
  method_path = "merchants/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = false # expect: AWS268
  }
}
