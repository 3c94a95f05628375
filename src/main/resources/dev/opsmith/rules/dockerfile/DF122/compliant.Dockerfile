FROM python:3.12-slim
COPY certs/acme-root-ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
RUN update-ca-certificates
ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    PIP_INDEX_URL=https://pypi.acme-pay.internal/simple
RUN pip install --no-cache-dir --cert /etc/ssl/certs/ca-certificates.crt ledger-client==2.4.1
RUN npm config set cafile /etc/ssl/certs/ca-certificates.crt && npm ci
