FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client vim \
    && rm -rf /var/lib/apt/lists/*
# expect-next: DF096
RUN service postgresql start && psql -f /docker/seed.sql
# expect-next: DF096
RUN sudo systemctl restart cron
