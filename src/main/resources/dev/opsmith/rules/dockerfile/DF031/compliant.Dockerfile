# syntax=docker/dockerfile:1
FROM rockylinux:9
RUN dnf install -y --setopt=install_weak_deps=False nginx \
 && dnf clean all
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y jq
USER 10001
