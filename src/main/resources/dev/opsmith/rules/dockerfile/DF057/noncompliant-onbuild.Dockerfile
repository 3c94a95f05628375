# syntax=docker/dockerfile:1-labs
FROM debian:bookworm-slim
# expect-next: DF057
ONBUILD RUN --security=insecure ./build-kernel-module.sh
