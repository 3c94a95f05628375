FROM alpine:3.20 AS base
# expect-next: DF028
RUN apk add --virtual .run-deps libpq

FROM base
# expect-next: DF028
RUN --mount=type=cache,target=/root/.cache apk add curl
