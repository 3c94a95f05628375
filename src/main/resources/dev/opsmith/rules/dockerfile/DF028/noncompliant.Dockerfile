FROM alpine:3.20
# expect-next: DF028
RUN apk add ca-certificates tzdata
USER 10001
