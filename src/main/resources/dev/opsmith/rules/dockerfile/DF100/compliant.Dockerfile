# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /srv/payments
ENV DB_USER=payments \
    DB_PASSWORD_FILE=/run/secrets/db_password \
    PASSWORD_MIN_LENGTH=12 \
    TOKENIZERS_PARALLELISM=false
COPY requirements.txt .
RUN --mount=type=secret,id=pypi_token,env=PIP_INDEX_TOKEN \
    pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["python", "-m", "payments"]
