FROM python:3.12-slim
ARG GIT_SHA
ARG VERSION=1.8.0
LABEL org.opencontainers.image.source="https://git.example.com/payments/refunds" \
      org.opencontainers.image.revision=$GIT_SHA \
      org.opencontainers.image.version=$VERSION \
      org.opencontainers.image.licenses="LicenseRef-Example-Proprietary"
COPY app/ /srv/app/
CMD ["python", "-m", "refunds"]
