# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
RUN <<EOF
pip install --no-cache-dir -r requirements.txt
python -m compileall .
EOF
