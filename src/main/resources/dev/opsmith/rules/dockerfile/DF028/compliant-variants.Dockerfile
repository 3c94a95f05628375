FROM alpine:3.20 AS build
RUN apk add build-base
RUN cc -o /out/luhn /src/luhn.c

FROM alpine:3.20
RUN apk update && apk add jq && rm -rf /var/cache/apk/*
RUN apk --no-cache add tini
COPY --from=build /out/luhn /usr/local/bin/luhn
