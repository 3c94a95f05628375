FROM alpine:3.20
WORKDIR /srv/payments
COPY payments-worker /srv/payments/payments-worker
USER 10001
CMD ["./payments-worker"]
