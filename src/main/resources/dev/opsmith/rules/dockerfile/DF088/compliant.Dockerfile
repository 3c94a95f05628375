FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/ledger ./cmd/ledger

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/ledger /ledger
# Liveness and readiness are Kubernetes probes on /healthz; no Docker healthcheck.
HEALTHCHECK NONE
ENTRYPOINT ["/ledger"]
