FROM node:20-bookworm-slim AS build
WORKDIR /src
# explicit paths need no ignore file
COPY package.json package-lock.json ./
RUN npm ci
COPY src/ ./src/
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /srv/merchant-portal
# "." of another stage is not the build context
COPY --from=build /src/dist/. ./
USER node
CMD ["node", "server.js"]
