# expect-next: DF089, DF089
FROM python:3.12-slim
LABEL org.opencontainers.image.source="https://git.example.com/payments/refunds" \
# expect-next: DF089
      org.opencontainers.image.licenses="Proprietary license"
COPY app/ /srv/app/
CMD ["python", "-m", "refunds"]
