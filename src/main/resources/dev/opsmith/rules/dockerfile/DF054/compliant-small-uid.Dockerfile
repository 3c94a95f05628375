FROM debian:bookworm-slim
RUN useradd --no-create-home -u 10001 reporting \
 && useradd --no-log-init -u 200000 archiver
USER 10001
