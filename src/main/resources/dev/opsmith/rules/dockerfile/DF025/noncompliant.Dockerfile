FROM debian:bookworm-slim
# expect-next: DF025
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
