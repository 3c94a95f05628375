# settings: trusted-registries=registry.example.com,*.mirror.example.com
# expect-next: DF004
FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/payments-gateway ./cmd/gateway

# expect-next: DF004
FROM quay.io/example/distroless-static:nonroot
COPY --from=build /out/payments-gateway /payments-gateway
# expect-next: DF004
COPY --from=ghcr.io/example/ca-bundle:2025.10 /certs /etc/ssl/certs
ENTRYPOINT ["/payments-gateway"]
