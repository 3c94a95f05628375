FROM python:3.12-slim
RUN ["sh", "-c", "echo $not_checked_in_exec_form"]
RUN python3 <<EOF
import os
print(os.environ.get("HOME"))
EOF
RUN <<EOF
#!/usr/bin/env python3
print("reconciliation ready")
EOF
SHELL ["pwsh", "-Command"]
RUN Write-Host $env:Unchecked
