# syntax=docker/dockerfile:1
FROM alpine:3.20
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \
    https://github.com/acme-pay/ledger/releases/download/v2.4.1/ledger-linux-amd64 /usr/local/bin/ledger
ADD https://github.com/acme-pay/settlement.git#4f9c2a1e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a3f /src/settlement
ADD https://github.com/acme-pay/fx-rates.git#0123456789abcdef0123456789abcdef01234567:rates /src/fx
COPY ledger.yaml /etc/ledger/
