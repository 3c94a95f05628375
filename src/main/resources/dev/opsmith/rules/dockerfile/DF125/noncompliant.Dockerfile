FROM python:3.12-slim
# expect-next: DF125
ADD http://downloads.acme-pay.io/fx/rates-2024.csv /data/rates.csv
# expect-next: DF125
RUN pip install --index-url http://pypi.acme-pay.internal/simple ledger-client==2.4.1
RUN apt-get update && apt-get install -y --no-install-recommends curl \
# expect-next: DF125
    && curl -fsSLo /tmp/tool.tgz http://downloads.acme-pay.io/tool-1.2.tgz
