FROM python:3.12-slim
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://downloads.acme-pay.io/fx/rates-2024.csv /data/rates.csv
RUN pip install --index-url https://pypi.acme-pay.internal/simple ledger-client==2.4.1
RUN echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/backports.list
RUN curl -fsS -x http://proxy.acme-pay.internal:3128 -o /tmp/health https://status.acme-pay.io/health \
    && curl -fsS http://localhost:8080/ready -o /dev/null || true
