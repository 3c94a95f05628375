FROM python:3.12-slim
WORKDIR /srv/credit-scoring
# the ignore file is weak, but only explicit paths are copied
COPY requirements.txt .
COPY credit_scoring/ ./credit_scoring/
USER 10001
