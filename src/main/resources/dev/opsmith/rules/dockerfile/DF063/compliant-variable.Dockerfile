FROM debian:bookworm-slim
ARG CONF_DIR
ARG BIN_DIR=/usr/local/bin/
COPY app.conf logging.conf $CONF_DIR
COPY rotate-keys.sh purge-pii.sh ${BIN_DIR}
