FROM debian:bookworm-slim
# expect-next: DF021
RUN apt-get update && apt-get install -y libpq5 && rm -rf /var/lib/apt/lists/*
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/90-no-recommends
# expect-next: DF021
RUN apt-get update && apt-get install -y -o APT::Install-Recommends=true tini
