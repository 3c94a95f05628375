FROM debian:bookworm-slim
ARG OPENSSL_VERSION=3.0.15-1~deb12u1
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      curl=7.88.1-10+deb12u8 \
      ca-certificates=2023* \
      "libssl3=${OPENSSL_VERSION}" \
 && rm -rf /var/lib/apt/lists/*
