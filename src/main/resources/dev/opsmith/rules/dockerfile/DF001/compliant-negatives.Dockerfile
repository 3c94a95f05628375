# Stage aliases, scratch, digests, unresolved variables and bare --from names (DF141) are not reported.
ARG BASE
FROM golang:1.23@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS build
RUN --mount=type=cache,target=/root/.cache/go-build go build -o /out/settle ./cmd/settle
FROM build AS test
RUN go test ./...
FROM ${BASE} AS custom
FROM alpine@sha256:1111111111111111111111111111111111111111111111111111111111111111 AS certs
FROM scratch
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
COPY --from=0 /out/settle /settle
COPY --from=bogus /x /x
RUN --mount=from=build,source=/out,target=/mnt true
ENTRYPOINT ["/settle"]
