FROM debian:bookworm-slim
# The download can fail and the RUN still succeeds: only tar's status counts.
# expect-next: DF080
RUN curl -fsSL https://downloads.example.com/ledger-cli-2.4.1.tar.gz | tar -xz -C /opt
CMD ["/opt/ledger-cli/bin/ledger"]
