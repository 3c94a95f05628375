FROM golang:1.22 AS build
RUN git clone --depth 1 --branch v2.4.1 https://github.com/acme-pay/ledger.git /src
RUN git clone https://github.com/acme-pay/fx.git /fx \
    && git -C /fx checkout 4f9c2a1e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a3f
WORKDIR /src
RUN go build -o /out/ledger ./cmd/ledger
