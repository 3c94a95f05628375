variable "signing_config_arn" {
  type = string # no default: unknown, so nothing is decided
}

resource "aws_signer_signing_profile" "payments" {
  platform_id = "AWSLambda-SHA384-ECDSA"
}

resource "aws_lambda_code_signing_config" "payments" {
  allowed_publishers {
    signing_profile_version_arns = [aws_signer_signing_profile.payments.version_arn]
  }
  policies {
    untrusted_artifact_on_deployment = "Enforce"
  }
}

resource "aws_lambda_function" "payout_batch" {
  function_name           = "payments-payout-batch"
  role                    = "arn:aws:iam::123456789012:role/payments-payout-batch"
  runtime                 = "python3.12"
  handler                 = "app.handler"
  filename                = "payout_batch.zip"
  code_signing_config_arn = aws_lambda_code_signing_config.payments.arn
}

resource "aws_lambda_function" "payout_report" {
  function_name           = "payments-payout-report"
  role                    = "arn:aws:iam::123456789012:role/payments-payout-report"
  runtime                 = "python3.12"
  handler                 = "app.handler"
  filename                = "payout_report.zip"
  code_signing_config_arn = var.signing_config_arn
}
