# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
RUN --mount=type=ssh git clone git@github.com:acme-pay/ledger.git /src
RUN --mount=type=secret,id=gh_token,env=GH_TOKEN \
    git clone https://${GH_TOKEN}@github.com/acme-pay/settlement.git /settlement
RUN git clone ssh://git@github.com/acme-pay/common.git /common
WORKDIR /src
RUN go build -o /out/ledger ./cmd/ledger
FROM gcr.io/distroless/static-debian12:nonroot
LABEL org.opencontainers.image.source="https://github.com/acme-pay/ledger"
COPY --from=build /out/ledger /ledger
ENTRYPOINT ["/ledger"]
