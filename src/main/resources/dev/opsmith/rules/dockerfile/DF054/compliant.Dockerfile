FROM debian:bookworm-slim
# -l (--no-log-init) keeps lastlog/faillog from growing to the UID's offset
RUN groupadd --gid 812001 treasury && useradd -l --uid 812001 --gid treasury --no-create-home treasury
COPY --chown=812001:812001 treasury-sync /usr/local/bin/treasury-sync
USER 812001
ENTRYPOINT ["/usr/local/bin/treasury-sync"]
