FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
# expect-next: DF031
RUN microdnf install -y openssl
# expect-next: DF031
RUN yum update -y && yum clean packages
# expect-next: DF031
RUN --mount=type=cache,target=/var/cache/apt dnf install -y jq
