FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/payment-gateway ./cmd/gateway

# distroless :nonroot runs as UID 65532 without a USER line
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/payment-gateway /payment-gateway
EXPOSE 8443
ENTRYPOINT ["/payment-gateway"]
