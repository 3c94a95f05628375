ARG NODE_IMAGE=node:22.11-alpine3.20
FROM ${NODE_IMAGE} AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY --from=web /app/dist /usr/share/nginx/html
