# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.12
# expect-next: DF142
LABEL org.opencontainers.image.vendor="Example Payments"
# expect-next: DF142
ENV PIP_NO_CACHE_DIR=1
FROM python:${PYTHON_VERSION}-slim
WORKDIR /app
COPY . .
CMD ["python", "-m", "payouts"]
