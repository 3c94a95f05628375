FROM python:3.12-slim
# expect-next: DF129
ENV PIP_EXTRA_INDEX_URL=https://pypi.acme-pay.internal/simple
COPY requirements.txt .
# expect-next: DF129
RUN pip install --no-cache-dir --extra-index-url https://pypi.acme-pay.internal/simple -r requirements.txt
