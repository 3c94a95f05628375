FROM python:3.12-slim
WORKDIR /srv/credit-scoring
# an allow-list ignore file: everything is excluded except what the build needs
COPY . .
USER 10001
