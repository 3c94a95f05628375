FROM alpine:3.20
RUN apk add --no-cache \
# expect-next: DF029
      curl \
      ca-certificates=20240705-r0
