FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/payment-gateway ./cmd/gateway

# expect-next: DF051
FROM debian:bookworm-slim
COPY --from=build /out/payment-gateway /usr/local/bin/payment-gateway
EXPOSE 8443
ENTRYPOINT ["/usr/local/bin/payment-gateway"]
