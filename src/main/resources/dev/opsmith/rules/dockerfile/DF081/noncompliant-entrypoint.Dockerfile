FROM python:3.12-slim AS base
# expect-next: DF081
ENTRYPOINT /usr/local/bin/gunicorn --bind 0.0.0.0:8000 ledger.wsgi
CMD ["--workers", "4"]

FROM base AS runtime
USER 10001
