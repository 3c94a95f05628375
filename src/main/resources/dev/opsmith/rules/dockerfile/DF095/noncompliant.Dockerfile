FROM python:3.12-slim
RUN useradd --uid 10001 --create-home payments
RUN mkdir -p /srv/payouts # expect: DF095
RUN chown 10001 /srv/payouts # expect: DF095
USER 10001
