FROM node:22-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-alpine AS runtime
WORKDIR /app
# expect-next: DF140
COPY --from=runtime /app/node_modules ./node_modules
# expect-next: DF140
COPY --from=1 /app/package.json ./
COPY src ./src
CMD ["node", "src/server.js"]
