FROM debian:bookworm-slim
USER 10001
# expect-next: DF053
RUN sh -c "sudo chown -R 10001 /srv/batch"
# expect-next: DF053
RUN ["sudo", "update-ca-certificates"]
# expect-next: DF053
RUN env DEBIAN_FRONTEND=noninteractive sudo -E apt-get update
RUN <<EOF
set -e
# expect-next: DF053
sudo install -d -o 10001 /var/lib/batch
EOF
# expect-next: DF053
ONBUILD RUN sudo make install
