FROM alpine:3.20
RUN apk upgrade --no-cache
RUN dnf upgrade -y && dnf clean all
RUN zypper -n update && zypper clean -a
