FROM alpine:3.20 AS base
LABEL org.opencontainers.image.source="https://git.example.com/payments/gateway" \
      org.opencontainers.image.licenses="(MIT AND BSD-3-Clause) OR Apache-2.0 WITH LLVM-exception"

FROM base
LABEL org.opencontainers.image.revision="3f6c2a1" \
      org.opencontainers.image.version="2024.06.1"
