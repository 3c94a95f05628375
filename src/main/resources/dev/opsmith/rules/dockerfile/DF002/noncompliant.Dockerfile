ARG NODE_IMAGE=node:latest
# expect-next: DF002
FROM ${NODE_IMAGE} AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# expect-next: DF002
FROM nginxinc/nginx-unprivileged:latest
COPY --from=web /app/dist /usr/share/nginx/html
