FROM python:3.12-slim
LABEL org.opencontainers.image.authors="Payments Platform <payments-platform@example.com>"
COPY app/ /srv/app/
CMD ["python", "-m", "app"]
