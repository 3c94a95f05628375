FROM golang:1.23 AS builder
WORKDIR /src
COPY . .
RUN go build -o /out/settlement ./cmd/settlement

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=builder /out/settlement /settlement
COPY --from=0 /out/settlement /settlement-copy
ENTRYPOINT ["/settlement"]
