FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://downloads.example.com/ledger-cli-2.4.1.tar.gz | tar -xz -C /opt
CMD ["/opt/ledger-cli/bin/ledger"]
