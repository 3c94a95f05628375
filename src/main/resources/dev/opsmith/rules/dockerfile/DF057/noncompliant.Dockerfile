# syntax=docker/dockerfile:1-labs
FROM debian:bookworm-slim
# loop-mounting an image to extract the vendor's signing tool
# expect-next: DF057
RUN --security=insecure mount -o loop /tmp/vendor-tools.img /mnt && cp /mnt/signer /usr/local/bin/signer
USER 10001
ENTRYPOINT ["/usr/local/bin/signer"]
