# expect-next: DF143
FROM alpine:3.21 AS 1st
# expect-next: DF143
FROM alpine:3.21 TO runtime
# expect-next: DF143
HEALTHCHECK --retries=-1 CMD true
# expect-next: DF143
HEALTHCHECK --timeout=10us CMD true
# expect-next: DF143
HEALTHCHECK NONE now
# expect-next: DF143
HEALTHCHECK CHECK curl -f http://localhost/
# expect-next: DF143
WORKDIR --mode=0755 /srv
# expect-next: DF143
ONBUILD RUN --moutn=type=cache,target=/root/.m2 mvn -B package
# expect-next: DF143
SHELL []
# expect-next: DF143
VOLUME ["/data", ""]
