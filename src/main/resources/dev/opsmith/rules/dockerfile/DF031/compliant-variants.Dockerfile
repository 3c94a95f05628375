FROM registry.access.redhat.com/ubi9/ubi:9.4 AS build
RUN dnf install -y gcc make
RUN make -C /src

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y openssl && microdnf clean all
RUN yum install -y tzdata && rm -rf /var/cache/yum
RUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf5 install -y curl
COPY --from=build /src/out /usr/local/bin/
