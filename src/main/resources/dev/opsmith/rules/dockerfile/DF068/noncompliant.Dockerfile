FROM alpine:3.20
# expect-next: DF068
WORKDIR /dev/payments
COPY payments-worker /dev/payments/payments-worker
USER 10001
CMD ["./payments-worker"]
