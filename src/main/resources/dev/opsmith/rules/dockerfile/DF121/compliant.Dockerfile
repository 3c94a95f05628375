FROM alpine:3.20
COPY certs/acme-root-ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
RUN apk add --no-cache curl git ca-certificates && update-ca-certificates
RUN curl -fsSL --cacert /usr/local/share/ca-certificates/acme-root-ca.crt \
    https://artifacts.acme-pay.internal/ledger-2.4.1.tar.gz -o /tmp/ledger.tgz
RUN git -c http.sslCAInfo=/etc/ssl/certs/ca-certificates.crt clone https://git.acme-pay.internal/payments/ledger.git
