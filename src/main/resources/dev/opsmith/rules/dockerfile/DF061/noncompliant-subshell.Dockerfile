FROM debian:bookworm-slim
WORKDIR /opt
# expect-next: DF061
RUN (cd /opt/hsm-sdk && ./install.sh --prefix /usr/local)
# expect-next: DF061
RUN sh -c "cd /opt/hsm-sdk && make check"
RUN <<EOF
set -e
# expect-next: DF061
cd /opt/hsm-sdk
make clean
EOF
