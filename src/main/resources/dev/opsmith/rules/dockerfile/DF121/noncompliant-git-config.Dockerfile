FROM alpine:3.20
# expect-next: DF121
RUN git config --global http.sslVerify false && git clone https://git.acme-pay.internal/payments/fx.git
# expect-next: DF121
RUN curl --insecure -o /tmp/rates.json https://rates.acme-pay.internal/latest
