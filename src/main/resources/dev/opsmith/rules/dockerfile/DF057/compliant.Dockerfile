# syntax=docker/dockerfile:1-labs
FROM debian:bookworm-slim
# the tool is unpacked unprivileged from the vendor's archive instead
COPY vendor-tools/signer /usr/local/bin/signer
RUN --security=sandbox /usr/local/bin/signer --version
USER 10001
ENTRYPOINT ["/usr/local/bin/signer"]
