FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
RUN useradd --uid 10001 --create-home ops \
# expect-next: DF059
 && echo "ops ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/ops \
 && chmod 0440 /etc/sudoers.d/ops
USER 10001
CMD ["/home/ops/bin/run-batch"]
