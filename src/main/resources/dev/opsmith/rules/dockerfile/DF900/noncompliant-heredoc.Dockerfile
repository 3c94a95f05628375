FROM alpine:3.20
RUN <<EOF
set -eu
# expect-next: DF900
for conf in $(ls /etc/settlement/*.conf); do
  cp "$conf" /srv/settlement/
done
EOF
RUN bash <<SCRIPT
set -o pipefail
# expect-next: DF900
cd /srv/settlement
./run-batch.sh
SCRIPT
