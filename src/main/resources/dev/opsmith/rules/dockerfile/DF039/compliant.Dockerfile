FROM node:20-bookworm-slim
WORKDIR /srv/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
RUN npm install -g pm2@5.4.2
