# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim
LABEL org.opencontainers.image.vendor="Example Payments"
ENV PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY . .
CMD ["python", "-m", "payouts"]
