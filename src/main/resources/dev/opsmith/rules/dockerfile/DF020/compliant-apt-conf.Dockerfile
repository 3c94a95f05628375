FROM debian:bookworm-slim
RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90assumeyes
RUN apt-get update && apt-get install --no-install-recommends openssl && rm -rf /var/lib/apt/lists/*
