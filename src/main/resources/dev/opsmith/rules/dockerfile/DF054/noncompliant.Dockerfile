FROM debian:bookworm-slim
# a UID from the bank's central directory range
# expect-next: DF054
RUN groupadd --gid 812001 treasury && useradd --uid 812001 --gid treasury --no-create-home treasury
COPY --chown=812001:812001 treasury-sync /usr/local/bin/treasury-sync
USER 812001
ENTRYPOINT ["/usr/local/bin/treasury-sync"]
