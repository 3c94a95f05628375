FROM ubuntu:24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && apt-cache policy ca-certificates \
 && apt-mark hold ca-certificates \
 && rm -rf /var/lib/apt/lists/*
