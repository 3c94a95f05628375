FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends bash \
    && rm -rf /var/lib/apt/lists/*
# expect-next: DF091
RUN ln -sf /bin/bash /bin/sh
RUN ./scripts/install-hsm-client.sh
