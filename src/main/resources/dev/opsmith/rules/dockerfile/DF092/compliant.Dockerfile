# syntax=docker/dockerfile:1.7
# check=error=true
# Payments API image
FROM python:3.12-slim
COPY app/ /srv/app/
CMD ["python", "-m", "app"]
