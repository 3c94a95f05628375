FROM golang:1.22
ENV GOPRIVATE=git.acme-pay.internal/* \
    GONOSUMDB=git.acme-pay.internal/* \
    GOFLAGS=-mod=readonly \
    GOINSECURE=
RUN go mod download
