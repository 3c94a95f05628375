FROM golang:1.22
# expect-next: DF043
RUN go install github.com/example/tool
# expect-next: DF043
RUN go install -ldflags "-s -w" github.com/example/gen@master
# expect-next: DF043
RUN GOBIN=/out go install github.com/example/other@main
