FROM debian:12-slim
ARG AGENT_SHA256=3f1c4c0d9a7e2b6f8c5d4e3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
    && curl -fsSLo /tmp/agent.sh https://get.acme-pay.io/agent-1.8.2.sh \
    && echo "${AGENT_SHA256}  /tmp/agent.sh" | sha256sum -c - \
    && sh /tmp/agent.sh \
    && curl -fsSL https://get.acme-pay.io/agent-1.8.2.tgz | tar -xz -C /opt
