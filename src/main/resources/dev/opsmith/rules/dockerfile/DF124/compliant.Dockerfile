FROM debian:12-slim
COPY keys/acme-apt.gpg /usr/share/keyrings/acme-apt.gpg
RUN echo "deb [signed-by=/usr/share/keyrings/acme-apt.gpg] https://apt.acme-pay.internal/debian bookworm main" \
        > /etc/apt/sources.list.d/acme.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends --allow-downgrades acme-ledger-agent=2.4.1-1 \
    && rm -rf /var/lib/apt/lists/*
