FROM debian:bookworm-slim
# installing the package or printing the word is not running sudo
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
RUN echo "sudo is installed for the break-glass runbook" > /etc/motd
USER 10001
