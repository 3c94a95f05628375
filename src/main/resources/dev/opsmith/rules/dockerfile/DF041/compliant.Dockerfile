# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim
WORKDIR /srv/app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile --production && yarn cache clean
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn add dayjs@1.11.13
USER node
