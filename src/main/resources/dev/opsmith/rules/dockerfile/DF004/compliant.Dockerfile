# settings: trusted-registries=registry.example.com,*.mirror.example.com
FROM registry.example.com/dockerhub/golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/payments-gateway ./cmd/gateway

FROM eu.mirror.example.com/distroless/static-debian12:nonroot
COPY --from=build /out/payments-gateway /payments-gateway
COPY --from=registry.example.com/platform/ca-bundle:2025.10 /certs /etc/ssl/certs
ENTRYPOINT ["/payments-gateway"]
