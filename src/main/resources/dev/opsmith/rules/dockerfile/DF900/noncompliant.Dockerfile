FROM debian:bookworm-slim
ARG LEDGER_VERSION=4.2.1
ENV LEDGER_HOME=/opt/ledger
RUN mkdir -p "$LEDGER_HOME" \
# expect-next: DF900
 && cd $LEDGER_HOME \
 && curl -fsSL "https://releases.example.com/ledger-${LEDGER_VERSION}.tgz" | tar -xz
# expect-next: DF900
RUN [[ -x "$LEDGER_HOME/bin/ledger" ]] && echo "ledger ready"
