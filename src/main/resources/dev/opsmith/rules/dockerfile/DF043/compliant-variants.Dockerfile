FROM golang:1.22 AS build
ARG LINT_VERSION
WORKDIR /src
RUN go install -ldflags="-s -w" ./cmd/settlement \
 && go install ./... \
 && go install \
 && go install github.com/example/tool@v0.0.0-20240101000000-3f2a9c1d5e7b \
 && go install github.com/example/gen@3f2a9c1 \
 && go install -tags netgo github.com/golangci/golangci-lint/cmd/golangci-lint@${LINT_VERSION} \
 && go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.34.2-rc.1
