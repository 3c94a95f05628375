# syntax=docker/dockerfile:1
FROM rockylinux:9
# expect-next: DF124
RUN dnf install -y --nogpgcheck https://repo.acme-pay.internal/el9/acme-agent-2.4.1.rpm
# expect-next: DF124
RUN rpm -ivh --nosignature /tmp/acme-tools.rpm
COPY <<EOF /etc/yum.repos.d/acme.repo
[acme]
baseurl=https://repo.acme-pay.internal/el9
repo_gpgcheck=0
# expect-next: DF124
gpgcheck=0
EOF
FROM alpine:3.20
# expect-next: DF124
RUN apk add --no-cache --allow-untrusted /tmp/acme-agent-2.4.1.apk
