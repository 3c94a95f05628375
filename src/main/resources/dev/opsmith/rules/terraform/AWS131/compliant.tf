variable "bootstrap_token" {
  type      = string # no default: the user data is unknown, nothing is decided
  sensitive = true
}

resource "aws_instance" "settlement" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  user_data     = <<-EOT
    #!/bin/bash
    export LEDGER_DB_HOST=ledger.internal
    export LEDGER_DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id ledger/db --query SecretString --output text)"
    export LEDGER_DB_PASSWORD_ARN=arn:aws:secretsmanager:eu-west-1:111122223333:secret:ledger/db
    /opt/settlement/start.sh
  EOT
}

resource "aws_launch_template" "api" {
  name_prefix   = "payments-api-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    API_TOKEN=${var.bootstrap_token}
    /opt/api/start.sh
  EOT
  )
}
