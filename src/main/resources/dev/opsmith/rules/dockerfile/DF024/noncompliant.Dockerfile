FROM ubuntu:24.04
# expect-next: DF024
RUN apt update \
# expect-next: DF024
 && apt install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
