FROM alpine:3.20
RUN apk add --no-cache curl git
# expect-next: DF121
RUN curl -fsSLk https://artifacts.acme-pay.internal/ledger-2.4.1.tar.gz -o /tmp/ledger.tgz
# expect-next: DF121
RUN wget --no-check-certificate https://artifacts.acme-pay.internal/fx-rates.csv
# expect-next: DF121
RUN git -c http.sslVerify=false clone https://git.acme-pay.internal/payments/ledger.git
