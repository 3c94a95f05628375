FROM alpine:3.20 AS base
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN wget -qO- https://downloads.example.com/a.tar.gz | tar -xz

FROM alpine:3.20 AS fresh
# A new FROM of an image starts over with /bin/sh -c.
# expect-next: DF080
RUN wget -qO- https://downloads.example.com/b.tar.gz | tar -xz
# pipefail switched on only after the pipe
# expect-next: DF080
RUN wget -qO- https://downloads.example.com/c.txt | wc -l > /n && set -o pipefail
SHELL ["/bin/sh", "-c"]
RUN <<EOF
echo start
# expect-next: DF080
wget -qO- https://downloads.example.com/d.txt | sort > /d
EOF
# expect-next: DF080
RUN ["bash", "-c", "curl -fsSL https://downloads.example.com/e.sh | sha256sum"]
# expect-next: DF080
ONBUILD RUN cat /etc/payments.conf | grep -q merchant_id
