resource "aws_instance" "settlement" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  # expect-next: AWS131
  user_data = <<-EOT
    #!/bin/bash
    export LEDGER_DB_HOST=ledger.internal
    export LEDGER_DB_PASSWORD="Vq7#pL2mXr9tKw4z"
    /opt/settlement/start.sh
  EOT
}

resource "aws_launch_template" "api" {
  name_prefix   = "payments-api-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"
  # expect-next: AWS131
  user_data = base64encode(<<-EOT
    #!/bin/bash
    aws configure set aws_access_key_id AKIA2XKQ7Z3NVB6LRE4T
    /opt/api/start.sh
  EOT
  )
}
