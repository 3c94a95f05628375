FROM python:3.12-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install --upgrade pip
RUN --mount=type=secret,id=pypi_token pip install payouts-sdk==3.2.0
# Kept separate so the slow dependency layer stays cached.
RUN pip install payouts-cli==1.0.4
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*
RUN mkdir /srv/payouts
