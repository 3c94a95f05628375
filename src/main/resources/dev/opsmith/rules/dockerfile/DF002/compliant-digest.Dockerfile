# latest pinned by a digest is accepted; untagged images are DF001's concern; stage aliases are skipped.
FROM alpine:latest@sha256:2222222222222222222222222222222222222222222222222222222222222222 AS base
FROM base
COPY --from=busybox /bin/busybox /bin/busybox
FROM debian
