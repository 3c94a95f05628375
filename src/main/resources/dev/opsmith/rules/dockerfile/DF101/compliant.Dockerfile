# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
# The AWS documentation's fake key id is not a credential.
ENV AWS_ACCESS_KEY_ID_EXAMPLE=AKIAIOSFODNN7EXAMPLE
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
USER node
CMD ["node", "server.js"]
