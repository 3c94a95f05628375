FROM debian:12-slim
# expect-next: DF124
RUN echo "deb [trusted=yes] http://apt.acme-pay.internal/debian bookworm main" > /etc/apt/sources.list.d/acme.list
# expect-next: DF124
RUN apt-get update && apt-get install -y --allow-unauthenticated acme-ledger-agent
