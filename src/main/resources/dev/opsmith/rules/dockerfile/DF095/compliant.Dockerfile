FROM python:3.12-slim
RUN useradd --uid 10001 --create-home payments \
    && mkdir -p /srv/payouts \
    && chown 10001 /srv/payouts
USER 10001
