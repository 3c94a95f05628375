# syntax=docker/dockerfile:1
FROM opensuse/leap:15.6
RUN zypper --non-interactive install --no-recommends ca-certificates \
 && zypper clean --all
RUN --mount=type=cache,target=/var/cache/zypp zypper -n in jq
USER 10001
