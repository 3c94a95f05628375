FROM debian:12-slim
ARG LEDGER_SHA256=5b3c9e0f1a2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
    && curl -fsSLo /tmp/ledger.tgz https://github.com/acme-pay/ledger/releases/download/v2.4.1/ledger.tgz \
    && echo "${LEDGER_SHA256}  /tmp/ledger.tgz" | sha256sum -c - \
    && tar -xzf /tmp/ledger.tgz -C /usr/local/bin
RUN curl -fsSLO https://downloads.acme-pay.io/fx-agent-1.2.deb \
    && curl -fsSLO https://downloads.acme-pay.io/fx-agent-1.2.deb.asc \
    && gpg --verify fx-agent-1.2.deb.asc fx-agent-1.2.deb \
    && dpkg -i fx-agent-1.2.deb
RUN curl -fsSL https://downloads.acme-pay.io/fx-agent-1.2.tgz | tar -xz -C /opt
