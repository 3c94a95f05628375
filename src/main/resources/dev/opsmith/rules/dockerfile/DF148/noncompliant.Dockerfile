# expect-next: DF148
FROM alpine:3.21 AS context
COPY config/ /config/

# expect-next: DF148
FROM golang:1.23 AS Scratch
COPY --from=context /config /config
