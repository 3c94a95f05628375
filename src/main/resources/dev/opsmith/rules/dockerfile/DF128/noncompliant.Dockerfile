FROM golang:1.22 AS build
# expect-next: DF128
RUN git clone https://github.com/acme-pay/ledger.git /src
# expect-next: DF128
RUN git clone --depth 1 --branch main https://github.com/acme-pay/fx.git /fx
WORKDIR /src
RUN go build -o /out/ledger ./cmd/ledger
