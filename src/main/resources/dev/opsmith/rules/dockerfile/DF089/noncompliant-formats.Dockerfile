FROM alpine:3.20 AS base
LABEL org.opencontainers.image.version="2.3.1" \
# expect-next: DF089
      org.opencontainers.image.revision="HEAD" \
# expect-next: DF089
      org.opencontainers.image.source="git.example.com/payments" \
      org.opencontainers.image.licenses="Apache-2.0 OR MIT"

FROM base
# expect-next: DF089
LABEL org.opencontainers.image.version=""
