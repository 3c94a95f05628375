FROM golang:1.22
# expect-next: DF123
ENV GOSUMDB=off
# expect-next: DF123
ENV GOFLAGS="-mod=mod -insecure"
# expect-next: DF123
RUN go env -w GOINSECURE=git.acme-pay.internal && go mod download
# expect-next: DF123
ENV REQUESTS_CA_BUNDLE=""
