FROM debian:bookworm-slim
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/90-no-recommends
RUN apt-get update && apt-get install -y libpq5 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y -o APT::Install-Recommends=false tini && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --option=APT::Install-Recommends=0 jq && rm -rf /var/lib/apt/lists/*
