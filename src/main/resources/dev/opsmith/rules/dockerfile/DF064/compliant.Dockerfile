FROM node:20-bookworm-slim
WORKDIR /srv/payments-portal
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]
