FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends bash \
    && rm -rf /var/lib/apt/lists/*
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN ./scripts/install-hsm-client.sh
RUN ln -s /bin/sh /usr/local/bin/posix-sh
