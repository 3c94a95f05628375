ARG PLATFORM=linux/arm64
FROM --platform=${PLATFORM} alpine:3.21 AS a
FROM --platform=$TARGETPLATFORM alpine:3.21
