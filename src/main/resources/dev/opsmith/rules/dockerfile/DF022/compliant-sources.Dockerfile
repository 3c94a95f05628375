FROM debian:bookworm-slim
ARG EXTRA_PACKAGES
COPY vendor/monitoring-agent_2.4.1_amd64.deb /tmp/
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/monitoring-agent_2.4.1_amd64.deb ./local.deb \
 && apt-get install -y -t bookworm-backports golang-1.22-go=1.22.8-1~bpo12+1 \
 && apt-get install -y tzdata/bookworm-backports \
 && apt-get install -y $EXTRA_PACKAGES \
 && rm -rf /var/lib/apt/lists/*
