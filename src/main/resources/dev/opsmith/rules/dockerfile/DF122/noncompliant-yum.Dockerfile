# syntax=docker/dockerfile:1
FROM rockylinux:9
# expect-next: DF122
RUN dnf config-manager --setopt=acme-payments.sslverify=0 --save
COPY <<EOF /etc/yum.repos.d/acme.repo
[acme]
baseurl=https://repo.acme-pay.internal/el9
# expect-next: DF122
sslverify=false
EOF
# expect-next: DF122
RUN NPM_CONFIG_STRICT_SSL=false npm ci
