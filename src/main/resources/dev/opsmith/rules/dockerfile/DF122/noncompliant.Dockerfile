FROM python:3.12-slim
# expect-next: DF122
ENV PIP_TRUSTED_HOST=pypi.acme-pay.internal
# expect-next: DF122
RUN pip install --no-cache-dir --trusted-host pypi.acme-pay.internal ledger-client==2.4.1
# expect-next: DF122
RUN npm config set strict-ssl false && npm ci
