FROM node:20-bookworm-slim AS base
WORKDIR /srv/payments-portal

FROM base
# WORKDIR comes from the stage this one is built on
COPY . .
COPY config/prod.json /etc/portal/config.json
ARG DEST=/srv/extra
COPY extra/ $DEST
