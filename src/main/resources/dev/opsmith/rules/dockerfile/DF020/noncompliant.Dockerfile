FROM debian:bookworm-slim
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
# expect-next: DF020
 && apt-get install --no-install-recommends ca-certificates libpq5 \
 && rm -rf /var/lib/apt/lists/*
