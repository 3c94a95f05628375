# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata
RUN --mount=type=cache,target=/var/cache/apk apk add curl
USER 10001
