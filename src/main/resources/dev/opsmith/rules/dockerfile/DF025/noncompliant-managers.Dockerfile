FROM alpine:3.20
# expect-next: DF025
RUN apk update
# expect-next: DF025
RUN dnf makecache
# expect-next: DF025
RUN zypper --non-interactive refresh
# expect-next: DF025
RUN apt-get install -y --no-install-recommends jq && apt-get update
# expect-next: DF025
RUN apt-get update && apk add --no-cache curl
