FROM debian:bookworm-slim
RUN useradd --uid 10001 --no-create-home reconciler
USER root
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
USER 10001
CMD ["/usr/local/bin/reconciler"]
