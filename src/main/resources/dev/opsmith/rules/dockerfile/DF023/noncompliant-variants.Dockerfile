FROM debian:bookworm-slim
# expect-next: DF023
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y --no-install-recommends curl
# expect-next: DF023
RUN --mount=type=cache,target=/root/.cache apt update && apt install -y jq && apt-get clean
