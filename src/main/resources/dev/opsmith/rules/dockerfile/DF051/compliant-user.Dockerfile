FROM debian:bookworm-slim
RUN useradd --uid 10001 --no-create-home gateway
COPY payment-gateway /usr/local/bin/payment-gateway
USER 10001
ENTRYPOINT ["/usr/local/bin/payment-gateway"]
