FROM --platform=linux/amd64 alpine:3.21 AS a
FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.21
