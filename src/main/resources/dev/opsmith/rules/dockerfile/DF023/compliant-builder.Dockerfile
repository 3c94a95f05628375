FROM golang:1.22-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends git
RUN go build -o /out/ledger ./cmd/ledger

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/ledger /ledger
