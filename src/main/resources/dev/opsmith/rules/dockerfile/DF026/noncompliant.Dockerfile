FROM debian:bookworm-slim
RUN apt-get update \
# expect-next: DF026
 && apt-get dist-upgrade -y \
 && rm -rf /var/lib/apt/lists/*
