FROM debian:bookworm-slim
# expect-next: DF063
ADD ["scripts/rotate-keys.sh", "scripts/purge-pii.sh", "/usr/local/bin"]
# expect-next: DF063
COPY <<EOF1 <<EOF2 /etc/ledger
[db]
EOF1
[cache]
EOF2
# expect-next: DF063
ONBUILD COPY a.conf b.conf /etc/app
