FROM ubuntu:24.04
# no sudo in the image: privileged setup runs as root during the build
RUN useradd --uid 10001 --create-home ops \
 && install -d -o 10001 -g 10001 /var/lib/batch
USER 10001
CMD ["/home/ops/bin/run-batch"]
