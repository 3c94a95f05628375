ARG BASE=alpine:3.21
FROM --platform=$BUILDPLATFORM ${BASE} AS build-stage.v2
RUN --mount=type=cache,target=/var/cache/apk --network=none true
COPY --from=build-stage.v2 --chmod=0755 --link --parents a/b /dst/
ADD --checksum=sha256:7777777777777777777777777777777777777777777777777777777777777777 --keep-git-dir=false https://example.com/a.tgz /a.tgz
HEALTHCHECK --interval=1m30s --timeout=0 --start-period=5s --start-interval=500ms --retries=3 CMD ["true"]
HEALTHCHECK NONE
STOPSIGNAL SIGTERM
ONBUILD COPY . /src
maintainer ops@example.com
