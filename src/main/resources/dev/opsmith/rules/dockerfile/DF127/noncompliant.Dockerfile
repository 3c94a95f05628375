FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
# expect-next: DF127
    && curl -fsSLo /tmp/ledger.tgz https://github.com/acme-pay/ledger/releases/download/v2.4.1/ledger.tgz \
    && tar -xzf /tmp/ledger.tgz -C /usr/local/bin
# expect-next: DF127
RUN wget -q https://downloads.acme-pay.io/fx-agent-1.2.deb && dpkg -i fx-agent-1.2.deb
