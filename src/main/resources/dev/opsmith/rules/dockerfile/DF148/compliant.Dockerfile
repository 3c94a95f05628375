FROM alpine:3.21 AS sources
COPY config/ /config/

FROM golang:1.23 AS build
COPY --from=sources /config /config
