FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client vim cron \
    && rm -rf /var/lib/apt/lists/*
RUN systemctl enable cron || true
COPY seed.sql /docker-entrypoint-initdb.d/
CMD ["cron", "-f"]
