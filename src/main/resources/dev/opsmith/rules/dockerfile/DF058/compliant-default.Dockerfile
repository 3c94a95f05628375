FROM alpine:3.20
RUN --network=default apk add --no-cache ca-certificates
USER 10001
