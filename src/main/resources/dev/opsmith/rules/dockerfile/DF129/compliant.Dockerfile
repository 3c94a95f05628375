FROM python:3.12-slim
COPY requirements.txt .
RUN pip install --no-cache-dir --index-url https://pypi.acme-pay.internal/simple --require-hashes -r requirements.txt
RUN uv pip install --system --index https://pypi.acme-pay.internal/simple ledger-client==2.4.1
