FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /usr/local/bin/kyc-agent https://downloads.example.com/kyc-agent-1.4.0
# expect-next: DF093
RUN wget -q -O /etc/ssl/certs/partner-ca.pem https://pki.example.com/partner-ca.pem
