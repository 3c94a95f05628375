FROM node:20-bookworm-slim
# expect-next: DF064
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
# expect-next: DF064
COPY . .
USER node
CMD ["node", "server.js"]
