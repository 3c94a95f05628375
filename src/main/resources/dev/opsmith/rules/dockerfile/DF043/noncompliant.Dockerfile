FROM golang:1.22 AS tools
# expect-next: DF043
RUN go install golang.org/x/vuln/cmd/govulncheck@latest
RUN govulncheck ./...
